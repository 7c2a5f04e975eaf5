"""Entity precision on invented sentences (kg/extract/entities/postspans.py and the typing
rules beside it): a post is no body, an owner glued on by "-run" and an "and of" tail are no
part of a name, a tenure word does not hide a post in apposition, a bilateral trade centre is
an organisation, a sight the model takes for an organisation is no company."""

from __future__ import annotations

import pytest
from extracting import classes, run

from kg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "post", "holder"),
    [
        ("He met Research Group Leader Zhao Min and Working Team Leader Wang Lei in Wuxi.",
         "Research Group Leader", "Zhao Min"),
        ("The delegation included Deputy Consul General Ma Lin, Science and Technology "
         "Counselor Zhou Ping and Trade Counselor Wang Lei.",
         "Science and Technology Counselor Zhou Ping", "Zhou Ping"),
        ("Guests included Culture and Tourism Counselor Lin Tao and Commercial Counselor "
         "Gao Yu.", "Culture and Tourism", "Lin Tao"),
        ("Li Wen hosted a dinner for Tanaka Hiroshi, the outgoing Korean Consul-General in "
         "Xiamen, at the Harbour Hotel.", "Korean Consul-General", "Tanaka Hiroshi"),
    ],
)
def test_a_post_is_no_body_and_its_holder_is_found(extractor: Extractor, text: str,
                                                    post: str, holder: str) -> None:
    found = classes(extractor, text)
    assert not any(post in name or name in post and name != holder
                   for name, cls in found.items() if cls not in ("Person", "Official"))
    assert found.get(holder) in ("Person", "Official")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The deal was signed in Haikou, the Xinhua-run China Daily reported.", "China Daily"),
        ("Profits rose, the Qingmu-backed Harbour Shipping Group said on Monday.",
         "Harbour Shipping Group"),
    ],
)
def test_an_owner_glued_by_run_is_no_part_of_the_name(extractor: Extractor, text: str,
                                                      name: str) -> None:
    found = classes(extractor, text)
    assert name in found
    assert not any(n.endswith(name) and n != name for n in found)


def test_a_second_of_complement_is_no_part_of_the_name(extractor: Extractor) -> None:
    found = classes(extractor, "This year marks the 30th anniversary of the signing of the "
                               "China-Korea Treaty of Friendship and of the Harbour Bay plan.")
    assert "China-Korea Treaty of Friendship" in found
    assert not any(" and of " in n for n in found)


@pytest.mark.parametrize(
    ("text", "person", "title"),
    [
        ("On August 3, Director General Li Wen hosted a banquet for Kimura Taro, the "
         "departing Korean Consul-General in Xiamen at the Harbour Building.",
         "Kimura Taro", "Korean Consul-General"),
        ("Li Wen met Omar Haddad, the newly appointed Jordanian Ambassador to China, in "
         "Kunming.", "Omar Haddad", "Jordanian Ambassador to China"),
    ],
)
def test_a_tenure_word_does_not_hide_the_post(extractor: Extractor, text: str, person: str,
                                              title: str) -> None:
    found = {m.text: m for m in run(extractor, text).mentions}
    assert found[person].cls == "Official"
    assert title in found[person].titles


@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [
        ("The Korea-China Industrial Cooperation and Trade Center supports the fair.",
         "Korea-China Industrial Cooperation and Trade Center", "Organization"),
        ("The Sino-Thai Exhibition Center opened in Kunming on Monday.",
         "Sino-Thai Exhibition Center", "Zone"),
        ("The China-Laos Logistics Center opened in Kunming on Monday.",
         "China-Laos Logistics Center", "Zone"),
    ],
)
def test_a_bilateral_trade_centre_is_an_organisation(extractor: Extractor, text: str,
                                                     name: str, cls: str) -> None:
    assert classes(extractor, text).get(name) == cls


@pytest.mark.parametrize(
    ("text", "sight"),
    [
        ("The mayors toured Riverside Plaza and Lotus Garden before the talks.", "Lotus Garden"),
        ("The delegation went to Heping Square, Jade Temple and Wanda Plaza on Tuesday.",
         "Wanda Plaza"),
        ("The delegates will visit the Golden Lake Resort, Sun Plaza, and the Old Town "
         "Museum.", "Golden Lake Resort"),
    ],
)
def test_a_sight_visited_is_no_company_person_or_place(extractor: Extractor, text: str,
                                                  sight: str) -> None:
    assert sight not in classes(extractor, text)


def test_a_company_among_sights_stays_a_company(extractor: Extractor) -> None:
    found = classes(extractor, "In the coming days, the envoys will visit Qingmu Group, the "
                               "Old Bridge Museum, Lanxi village, Sun Plaza, and Shuibei "
                               "Ancient Town.")
    assert found.get("Qingmu Group") == "Enterprise"

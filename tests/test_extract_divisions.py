"""Names around foreign posts and divisions, on invented sentences: a surname that is also an
English word, people in a list of posts, a place after a governor, foreign divisions, a
consulate and an event named after a material."""

from __future__ import annotations

import pytest
from extracting import classes, pairs, run

from kg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [
        # a surname that is also an English word, before a post in apposition
        ("An Wei, deputy secretary and mayor, visited the Qiaoshan Logistics Park.",
         "An Wei", "Official"),
        # a nationality before the post in apposition: a person, not a company
        ("The forum was attended by Dimitar Velkov, Bulgarian Ambassador to China.",
         "Dimitar Velkov", "Official"),
        # one word or an unknown Chinese name the model took for a place, with a post after
        ("The delegation met Rashid Khan, Pakistani Ambassador to China, Nushirwan, Malaysian "
         "Ambassador to China, and Djauhari Oratmangun.", "Nushirwan", "Official"),
        ("The minister held talks with Cui Yonghui, alternate member of the CPC Central "
         "Committee.", "Cui Yonghui", "Official"),
        # the place of a post before the name is not part of the name
        ("Attending the talks were Prime Minister of Moldova Ion Varga and Li Ming.",
         "Ion Varga", "Official"),
        ("Director of the Hunan Provincial Department of Transportation Gu Ming spoke.",
         "Gu Ming", "Official"),
        ("Director of the Hunan Provincial Department of Transportation Gu Ming spoke.",
         "Hunan Provincial Department of Transportation", "GovernmentBody"),
        # a run of posts and names is not one body
        ("Among the guests were Governor Helen Marsh of Idaho and Under Secretary Tom Bexley "
         "of the State Department.", "Helen Marsh", "Official"),
        ("Among the guests were Governor Helen Marsh of Idaho and Under Secretary Tom Bexley "
         "of the State Department.", "Tom Bexley", "Official"),
        # what a governor governs is a place, whatever the model took it for
        ("Hans Gruber, Governor of Upper Austria, visited the park.", "Upper Austria", "Region"),
        # foreign divisions
        ("Vice Governor of Almaty Region Serik Omarov signed the agreement.", "Almaty Region",
         "Region"),
        ("A delegation from the Tomsk Oblast of Russia visited Harbin.", "Tomsk Oblast", "Region"),
        # a consulate general is a body, not a post
        ("Governor Xu Ping met Anna Holt, consul general of the Consulate General of the United "
         "States of America in Changsha.",
         "Consulate General of the United States of America in Changsha", "GovernmentBody"),
        # a material before an event's name belongs to the name
        ("Sun Li attended the Copper-based Industry Forum held in Qiaoshan on Monday.",
         "Copper-based Industry Forum", "Event"),
        ("Guests were invited to events such as the Food Expo, the Zinc-based Industry Forum, "
         "and the Battery Materials Conference.", "Zinc-based Industry Forum", "Event"),
        # every item of a list of companies is a company, whatever the model took it for
        ("The delegation visited renowned companies such as Orvane Holdings (Hong Kong), "
         "Lumex, Dravia, and Kestrel.", "Dravia", "Enterprise"),
        # a council for trade is no organ of state
        ("Officials of the Qiaoshan Trade Development Council attended.",
         "Qiaoshan Trade Development Council", "Organization"),
        # "Officials of" is no part of the body's name
        ("Officials of the Qiaoshan Railways Administration attended.",
         "Qiaoshan Railways Administration", "GovernmentBody"),
        # a "City" project of business or travel is a zone, not a town
        ("The projects include the Qiaoshan Lakeside Business Travel City in Tian'e county.",
         "Qiaoshan Lakeside Business Travel City", "Zone"),
        # a body's name ends before the person of the next item of a list
        ("The guests included Vice Chairman of the Qiaoshan Provincial Committee Zhao Jin and "
         "Charge d'Affaires at the Ruritania Embassy Tom Vell.", "Qiaoshan Provincial Committee",
         "GovernmentBody"),
        # a one-word name before a party post is a person
        ("The Ambassador met Bayanmunkh, party secretary of Jilin Province, on Monday.",
         "Bayanmunkh", "Official"),
    ],
)
def test_names_and_classes(extractor: Extractor, text: str, name: str, cls: str) -> None:
    assert classes(extractor, text).get(name) == cls


@pytest.mark.parametrize(
    "text",
    [
        # "An" opening a sentence stays an article
        "An Italian delegation visited the Qiaoshan Logistics Park.",
        # a company based in a city: the city is no part of the name
        "The Shenzhen-based Lumora Technology opened an office in Hanoi.",
    ],
)
def test_no_person_from_an_article(extractor: Extractor, text: str) -> None:
    found = classes(extractor, text)
    assert not any(n.startswith(("An ", "Shenzhen-based")) for n in found), found


def test_the_division_is_the_post_s_jurisdiction(extractor: Extractor) -> None:
    text = "Hans Gruber, Governor of Upper Austria, visited the park in Qiaoshan."
    assert ("Hans Gruber", "Upper Austria") in pairs(run(extractor, text), "servesIn")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The delegation viewed Northeast Jiaxing's Jiashan County in Zhejiang Province.",
         ("Jiashan County", "Jiaxing")),
        ("The firm opened a plant in Qiaoshan's Lakeside Industrial Park last year.",
         ("Lakeside Industrial Park", "Qiaoshan")),
    ],
)
def test_a_city_s_district(extractor: Extractor, text: str, expected: tuple[str, str]) -> None:
    assert expected in pairs(run(extractor, text), "locatedIn")


def test_a_compass_locator_locates_nothing(extractor: Extractor) -> None:
    text = "Central China's Hubei Province attracted investment from Qiaoshan."
    assert not pairs(run(extractor, text), "locatedIn")
@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [
        # a post in "the Group" is a post in the company named last: a company's head
        ("The delegation met executives of Norvale Holdings in Beijing. The Group's Vice "
         "President Tong Lai attended the meeting.", "Tong Lai", "Person"),
        # the head of a district or county governs it
        ("A delegation led by Ai Qiang, head of the Qiaoshan district, held talks in Guiyang.",
         "Ai Qiang", "Official"),
        ("Ma Lin, head of Qiaoshan county, attended.", "Ma Lin", "Official"),
        # a consul-general (hyphenated) holds a state post
        ("Guo Kai met Mr. Morgan, British consul-general in Guangzhou, in Changsha.", "Morgan",
         "Official"),
        ("Guests included Okada Hiro, Deputy Consul-General of Japan in Chongqing.", "Okada Hiro",
         "Official"),
    ],
)
def test_person_or_official(extractor: Extractor, text: str, name: str, cls: str) -> None:
    assert classes(extractor, text).get(name) == cls


def test_the_group_s_post_is_in_the_company(extractor: Extractor) -> None:
    text = ("The delegation met executives of Norvale Holdings in Beijing. The Group's Vice "
            "President Tong Lai attended the meeting.")
    assert ("Tong Lai", "Norvale Holdings") in pairs(run(extractor, text), "holdsPositionIn")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Chinese government supports the project.", "Chinese government"),
        ("The regional government of Xinjiang signed the agreement.",
         "regional government of Xinjiang"),
        ("The government of Sanya agreed to the plan.", "government of Sanya"),
        ("The Yunnan provincial Party committee met on Monday.",
         "Yunnan provincial Party committee"),
    ],
)
def test_a_government_written_in_lower_case(extractor: Extractor, text: str, name: str) -> None:
    assert classes(extractor, text).get(name) == "GovernmentBody"


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("New routes were launched: Nanning-Almaty and Liuzhou-Tashkent.",
         {"Nanning", "Almaty", "Liuzhou", "Tashkent"}, set()),
        ("The Hefei-Warsaw freight train left on Monday.", {"Hefei", "Warsaw"}, set()),
        # a place glued to a name is that name's modifier
        ("The China-Eurasia Railway Express grew fast.", set(), {"China"}),
    ],
)
def test_the_ends_of_a_route(extractor: Extractor, text: str, present: set[str],
                             absent: set[str]) -> None:
    found = classes(extractor, text)
    assert present <= set(found) and not absent & set(found), found


def test_a_route_s_end_invests_in_nothing(extractor: Extractor) -> None:
    text = "New routes were launched: Nanning-Moscow, Nanning-Almaty and Liuzhou-Tashkent."
    assert not pairs(run(extractor, text), "investsIn")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The delegates toured the Ten Mile Culture Park and Xuedou Mountain.", "Xuedou Mountain"),
        ("The new port faces Qiaoshan Bay and the Lumen River.", "Qiaoshan Bay"),
        ("The new port faces Qiaoshan Bay and the Lumen River.", "Lumen River"),
    ],
)
def test_a_natural_feature_is_a_region(extractor: Extractor, text: str, name: str) -> None:
    assert classes(extractor, text).get(name) == "Region"


def test_a_feature_inside_an_event_s_name(extractor: Extractor) -> None:
    text = ("The 2023 China-Pacific Lake Countries Fishery Ministers Meeting was held in "
            "Nanjing.")
    found = classes(extractor, text)
    assert not any(cls == "Region" for cls in found.values()), found

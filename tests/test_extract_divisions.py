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
         "Consulate General of the United States of America", "GovernmentBody"),
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

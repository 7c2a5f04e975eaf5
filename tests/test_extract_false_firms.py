"""Entities on new text (issue 18): words the model or the name rules take for a company that
name none, on invented sentences - a product or marque before a goods noun, a place a plant is
at or things are located in, an organ's modifier, a common noun, a people, a state post's
portfolio, lines of business joined, a place glued after a company's keyword or name."""

from __future__ import annotations

import pytest
from extracting import classes

from kg.extract import Extractor
from kg.extract.gazetteer import Gazetteer
from kg.graph.namekeys import company_core


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Velkor launched a car plant on Monday, one of the production bases of Chevrolet "
         "Cruze cars in the world.", "Cruze"),
        ("Velkor launched a car plant on Monday, one of the production bases of Chevrolet "
         "Cruze cars in the world.", "Chevrolet"),
        ("Unilever's wholly owned Qingmuhe factory will make soap, said Tom Baker, chairman "
         "of Unilever.", "Qingmuhe"),
        ("The move draws Unilever closer to its rivals, whose large plants are also located "
         "in the InnerMongolia.", "InnerMongolia"),
        ("Member of the Qingmu committee and minister of the United front Wang Hai met with "
         "the guests.", "United"),
        ("Themed on Regional Cooperation for a Shared Future, the 2024 Harbour Bay Forum was "
         "held in Nanning.", "Future"),
        ("The expo offers an opportunity for Ghana to market its farm goods to the Asian "
         "Nation.", "Asian Nation"),
        ("The delegation called on the Minister of Agriculture as well as the Permanent "
         "Secretary of the Education and Energy, and hosted a conference.", "Energy"),
        ("Li Ming met Karl Brandt, former Defense Minister of Germany, on Sept 8 in Xiamen.",
         "Defense"),
        ("On March 18, the Meeting on Qingmu's Opening-up, Business and Logistics was held in "
         "Chongqing.", "Business and Logistics"),
        ("On Jan. 19th, Velkor Group Chengdu manufacturing base project started construction.",
         "Velkor Group Chengdu"),
        ("It will begin full production of Chevrolet Cruze compacts in the third quarter.",
         "Cruze"),
        ("The delegation met the secretaries of Science, Technology and Innovation (Secti) "
         "in Salvador.", "Science, Technology and Innovation (Secti"),
        ("The plant will make Volkswagen Passat sedans for the local market, the company "
         "said.", "Volkswagen Passat"),
    ],
)
def test_no_company_where_none_is_named(extractor: Extractor, text: str, word: str) -> None:
    assert classes(extractor, text).get(word) != "Enterprise"


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("On Jan. 19th, Velkor Group Chengdu manufacturing base project started construction.",
         "Velkor Group"),
        ("Bottling started at the Unilever Waters factory in Tianjin in mid-April.",
         "Unilever Waters"),
        ("Li Ming, president and CEO of Velkor Group China, said the plant would open.",
         "Velkor Group China"),
        ("Corvane, a Detroit-based maker of trucks, will build a plant in Nanning.", "Corvane"),
        ("Velkor Motors opened a plant in the Harbour Bay Zone on Monday.", "Velkor Motors"),
    ],
)
def test_the_company_itself_stays(extractor: Extractor, text: str, company: str) -> None:
    assert classes(extractor, text).get(company) == "Enterprise"


@pytest.mark.parametrize(
    ("a", "b"),
    [("Velkor Group Worldwide", "Velkor"), ("Velkor Global", "Velkor Group"),
     ("Velkor Worldwide Inc.", "Velkor")],
)
def test_the_whole_group_is_the_company(gazetteer: Gazetteer, a: str, b: str) -> None:
    assert company_core(a, gazetteer) == company_core(b, gazetteer)


def test_a_unit_named_after_the_group_stays_apart(gazetteer: Gazetteer) -> None:
    assert company_core("Velkor Worldwide Logistics", gazetteer) != company_core(
        "Velkor", gazetteer)

"""Visits to named sites (kg/extract/people/sites.py), on invented sentences."""

from __future__ import annotations

import pytest
from extracting import pairs, run

from kg.extract import Extractor


def visits(extractor: Extractor, text: str) -> set[tuple[str, str]]:
    return pairs(run(extractor, text), "visited")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mayor Li Ming stopped by Hexing Electronics on Monday.",
         {("Li Ming", "Hexing Electronics")}),
        ("Governor Wang Hao called at the Qilin Institute of Optics.",
         {("Wang Hao", "Qilin Institute of Optics")}),
        ("Ambassador Tom Berg came to Hexing Electronics on Monday.",
         {("Tom Berg", "Hexing Electronics")}),
        ("Ambassador Tom Berg arrived at Marvell Motors and learned about its products.",
         {("Tom Berg", "Marvell Motors")}),
        ("Vice Mayor Zhou Bin headed to the Kaiyuan Science Park after the meeting.",
         {("Zhou Bin", "Kaiyuan Science Park")}),
        ("Mayor Li Ming walked into the workshops of Hexing Electronics.",
         {("Li Ming", "Hexing Electronics")}),
        # a list after a company noun: every item is a site
        ("Governor Wang Hao first went to companies like Tarvel Foods and Norvex Group to "
         "listen to their reports.",
         {("Wang Hao", "Tarvel Foods"), ("Wang Hao", "Norvex Group")}),
        # two people going together both visit
        ("Mayor Li Ming and Vice Mayor Zhou Bin went to Hexing Electronics Co., Ltd.",
         {("Li Ming", "Hexing Electronics Co., Ltd."),
          ("Zhou Bin", "Hexing Electronics Co., Ltd.")}),
        ("Secretary Li Ming conducted an on-site investigation of Hexing Electronics.",
         {("Li Ming", "Hexing Electronics")}),
        ("Secretary Li Ming made a survey at the Kaiyuan Science Park.",
         {("Li Ming", "Kaiyuan Science Park")}),
        ("Mayor Li Ming was at Hexing Electronics on Monday to inspect its production.",
         {("Li Ming", "Hexing Electronics")}),
        ("Arriving at the Dongshan Logistics Center, Governor Li Ming learned about the "
         "construction progress.", {("Li Ming", "Dongshan Logistics Center")}),
        # a sentence's opening participle is no part of the name it visits
        ("Visiting Hexing Electronics on Monday, Governor Li Ming said innovation matters.",
         {("Li Ming", "Hexing Electronics")}),
        # an institution is named by its head word (kg/data/words/name_keywords.txt)
        ("Mayor Li Ming successively visited Hexing Electronics, the Qingshan Museum and "
         "Xinhe Village.", {("Li Ming", "Qingshan Museum"), ("Li Ming", "Xinhe Village")}),
        ("Governor Li Ming called at the Dongshan Science and Technology Museum.",
         {("Li Ming", "Dongshan Science and Technology Museum")}),
        # a team or a group led somewhere: its leader goes (kg/extract/people/visits.py)
        ("Secretary Li Ming led a team to Hexing Electronics to investigate.",
         {("Li Ming", "Hexing Electronics")}),
        ("Mayor Li Ming led the investigation group to the Kaiyuan Science Park.",
         {("Li Ming", "Kaiyuan Science Park")}),
    ],
)
def test_going_to_a_site_is_visiting_it(extractor: Extractor, text: str,
                                        expected: set[tuple[str, str]]) -> None:
    assert expected <= visits(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # a city is visited only when the sentence says so (kg/extract/people/visits.py)
        "Mayor Li Ming came to Shenzhen on Monday and said trade grew.",
        # no person goes: goods, money, a passive
        "The orders went to Hexing Electronics and Marvell Motors.",
        "Ambassador Tom Berg said the profits went to Hexing Electronics.",
        # not going
        "Mayor Li Ming did not go to Hexing Electronics.",
        "Mayor Li Ming called on Marvell Motors to invest more.",
        "Mayor Li Ming was at the meeting to learn about trade.",
        "Liu Yang led the team to victory at the Kaiyuan Games.",
        # quoted speech
        "“We went to Hexing Electronics last year,” said Mayor Li Ming.",
    ],
)
def test_no_visit_without_a_person_going(extractor: Extractor, text: str) -> None:
    assert not visits(extractor, text)


"""What a visit reaches and who makes it (kg/extract/people/visitscope.py, the stay and party
rules), on invented sentences."""

from __future__ import annotations

import pytest
from extracting import pairs, run

from kg.extract import Extractor


def visits(extractor: Extractor, text: str) -> set[tuple[str, str]]:
    return pairs(run(extractor, text), "visited")


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        # calling on a person: the place of the person's post is not visited
        ("Secretary Karl Olsen visited Yan Hai, the head of government for the Tibet "
         "Autonomous Region, today.", set(), {("Karl Olsen", "Tibet Autonomous Region")}),
        # a province after a bare comma is visited too
        ("Li Ming wrapped up his three-day visit to Dalian, Liaoning province.",
         {("Li Ming", "Dalian"), ("Li Ming", "Liaoning province")}, set()),
        # the leader's own title names where he comes from, not where the delegation goes
        ("Led by Mr. Karl Olsen, the Chief Executive of Government of Tianhe District, "
         "Guangzhou, the delegation conducted a visit to Cologne.",
         {("Karl Olsen", "Cologne")}, {("Karl Olsen", "Guangzhou")}),
        ("Li Ming met with a delegation led by Karl Olsen, Deputy Governor of Vestland, Norway.",
         set(), {("Karl Olsen", "Norway")}),
        # a larger place that only says where the visited city lies
        ("Governor Karl Olsen paid a visit to Ganzhou city in Jiangxi province, central China.",
         {("Karl Olsen", "Ganzhou city")}, {("Karl Olsen", "China"),
                                             ("Karl Olsen", "Jiangxi province")}),
        ("Governor Karl Olsen visited Hangzhou in Zhejiang and Chengdu in Sichuan.",
         {("Karl Olsen", "Hangzhou"), ("Karl Olsen", "Chengdu")}, {("Karl Olsen", "Sichuan")}),
        ("H.E. Karl Olsen, Ambassador of Norway visited Shanghai and Hangzhou the capital of "
         "Zhejiang province from 2-3 December 2014.",
         {("Karl Olsen", "Shanghai"), ("Karl Olsen", "Hangzhou")},
         {("Karl Olsen", "Zhejiang province")}),
        # a country named plainly after a city is visited too; two countries are two visits
        ("Karl Olsen visited Xian, China and Osaka, Japan.",
         {("Karl Olsen", "Xian"), ("Karl Olsen", "Osaka"), ("Karl Olsen", "Japan")}, set()),
        ("Karl Olsen visited Norway, Sweden and Denmark.",
         {("Karl Olsen", "Sweden"), ("Karl Olsen", "Denmark")}, set()),
        # a group's trip told with its possessor is not the speaker's
        ("Secretary Du Jiahao welcomed the delegation, and recalled Hunan delegation's visit to "
         "Dominica last September.", set(), {("Du Jiahao", "Dominica")}),
        ("Li Ming recalled Karl Olsen's visit to Hunan last year.",
         {("Karl Olsen", "Hunan")}, {("Li Ming", "Hunan")}),
    ],
)
def test_what_a_visit_reaches(extractor: Extractor, text: str, kept: set[tuple[str, str]],
                              dropped: set[tuple[str, str]]) -> None:
    found = visits(extractor, text)
    assert kept <= found
    assert not dropped & found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # being somewhere with a purpose or for a while, everyone the subject names
        ("Governor Tom Abara, his deputy Jon Kimbo, Assembly speaker Peter Wanjala and 20 "
         "members of the county assembly are in China to seek investment.",
         {("Tom Abara", "China"), ("Jon Kimbo", "China"), ("Peter Wanjala", "China")}),
        ("Governor Karl Olsen said he will be in China for about two weeks.",
         {("Karl Olsen", "China")}),
        ("Karl Olsen and Anna Berg are in Shanghai this week to attend the expo.",
         {("Karl Olsen", "Shanghai"), ("Anna Berg", "Shanghai")}),
        # the members a later sentence adds to the trip
        ("Governor Karl Olsen is visiting China with other governors. Also on the trip are the "
         "Governor of Morelos, Luis Ramos and the Governor of Tlaxcala, Marco Mena. Secretary "
         "Carlos Tellez is also part of the delegation.",
         {("Luis Ramos", "China"), ("Marco Mena", "China"), ("Carlos Tellez", "China")}),
    ],
)
def test_who_is_on_the_trip(extractor: Extractor, text: str,
                            expected: set[tuple[str, str]]) -> None:
    assert expected <= visits(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Karl Olsen, mayor of Bergen, is in Bergen to meet investors.",  # at home
        "Karl Olsen is in charge of trade.",
        "Karl Olsen was in Oslo when the news came.",
    ],
)
def test_being_somewhere_alone_is_no_visit(extractor: Extractor, text: str) -> None:
    assert not visits(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a visit to "a number of enterprises", its instances in the next sentence
        ("Li Ming and his entourage visited a number of leading enterprises and institutions. "
         "For example, Hanfeng Group, Qilin Group and Borealis Science Park carried out "
         "promotion activities.",
         {("Li Ming", "Hanfeng Group"), ("Li Ming", "Qilin Group"),
          ("Li Ming", "Borealis Science Park")}),
        ("Karl Olsen led a delegation to Norway. The delegation toured several companies. Among "
         "them were Hanfeng Motors and Qilin Technology Co., Ltd.",
         {("Karl Olsen", "Hanfeng Motors"), ("Karl Olsen", "Qilin Technology Co., Ltd.")}),
    ],
)
def test_sites_given_by_example(extractor: Extractor, text: str,
                                expected: set[tuple[str, str]]) -> None:
    assert expected <= visits(extractor, text)


def test_an_example_after_a_named_visit_is_no_visit(extractor: Extractor) -> None:
    found = visits(extractor, "Karl Olsen visited Hanfeng Motors. For example, Qilin Technology "
                              "Co., Ltd. reported growth.")
    assert ("Karl Olsen", "Qilin Technology Co., Ltd.") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the members the group's own phrase lists go where the group goes
        ("Karl Olsen led a delegation including Anna Berg and Tom Hale to Norway. During the "
         "visit, the delegation went to Hanfeng Motors.",
         {("Anna Berg", "Hanfeng Motors"), ("Tom Hale", "Hanfeng Motors")}),
        ("Karl Olsen led a delegation comprising Anna Berg, director of the Bergen Trade Office, "
         "and Tom Hale to Norway. The delegation visited Oslo and Hanfeng Motors.",
         {("Anna Berg", "Oslo"), ("Tom Hale", "Hanfeng Motors")}),
        ("A delegation led by Karl Olsen and comprising Anna Berg and Tom Hale visited Norway.",
         {("Anna Berg", "Norway"), ("Tom Hale", "Norway")}),
    ],
)
def test_members_listed_in_the_group(extractor: Extractor, text: str,
                                     expected: set[tuple[str, str]]) -> None:
    assert expected <= visits(extractor, text)


def test_a_group_met_is_no_party(extractor: Extractor) -> None:
    assert not visits(extractor, "Li Ming met with a delegation including Anna Berg and Tom "
                                 "Hale.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the leader named in a later passive, or only as the delegation's head
        ("A Norwegian delegation has arrived in Shanghai to visit sites of interest. The "
         "delegation is headed by Secretary Karl Olsen.", {("Karl Olsen", "Shanghai")}),
        # a relative clause on the leader names no second leader
        ("A Norwegian mission visited Recife this weekend. The mission is led by Karl Olsen, "
         "the mayor, who will sign agreements with Anna Berg, mayor of Recife.",
         {("Karl Olsen", "Recife")}),
        # a stay with a purpose told by a participle
        ("Meanwhile the Norwegian minister of Education, Karl Olsen, was in Sao Paulo last week "
         "working on cooperation agreements.", {("Karl Olsen", "Sao Paulo")}),
    ],
)
def test_group_and_stay_visits(extractor: Extractor, text: str,
                               expected: set[tuple[str, str]]) -> None:
    assert expected <= visits(extractor, text)


def test_the_state_a_city_is_capital_of_is_no_visit(extractor: Extractor) -> None:
    found = visits(extractor, "Karl Olsen visited Recife, capital of the state of Pernambuco, "
                              "this weekend.")
    assert ("Karl Olsen", "Recife") in found
    assert ("Karl Olsen", "Pernambuco") not in found

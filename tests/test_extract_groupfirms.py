"""Companies named as members of a group that invests each invest in the place
(kg/extract/business/groupfirms.py), on invented sentences."""

from __future__ import annotations

import pytest
from extracting import pairs, run

from kg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # the group is the object; "including" hangs on the verb; "the province"
        ("Jiangsu is a province in east China. So far, Germany has set up 30 enterprises in "
         "the province, including Norvale Chemicals and Brightwell Motors.",
         {("Norvale Chemicals", "Jiangsu"), ("Brightwell Motors", "Jiangsu")}, set()),
        # "expanding their investment ... in the city"
        ("Wuxi is a city in Jiangsu. Several foreign enterprises, including Norvale Chemicals, "
         "Brightwell Motors, and Tessmark Group, have been expanding their investment scales in "
         "the city since the beginning of this year.",
         {("Norvale Chemicals", "Wuxi"), ("Brightwell Motors", "Wuxi"),
          ("Tessmark Group", "Wuxi")}, set()),
        # "here": the dateline's place
        ("WUXI, May 3 (Xinhua) -- Mayor Li said ties with Bavaria are close, with 12 "
         "Bavaria-based enterprises including Norvale Chemicals having invested and built "
         "factories here today.", {("Norvale Chemicals", "WUXI")}, set()),
        # deals on investment projects with a place's government
        ("Wuxi is a city in Jiangsu. Ten companies including Norvale Chemicals and Brightwell "
         "Motors signed deals to advance investment projects with the Wuxi government.",
         {("Norvale Chemicals", "Wuxi"), ("Brightwell Motors", "Wuxi")}, set()),
        # the group does something else in the city: no investment
        ("Wuxi is a city in Jiangsu. Several foreign enterprises, including Norvale Chemicals "
         "and Brightwell Motors, have sent representatives to the fair in the city.",
         set(), {("Norvale Chemicals", "Wuxi"), ("Brightwell Motors", "Wuxi")}),
        # the group is the subject; the list comes last, after the place
        ("Over 200 South Korean enterprises have invested in the Wuxi National Hi-tech "
         "District, including electronics giant Hanwa Chips and cosmetics producer Kolmar "
         "Cosmetics Co.",
         {("Hanwa Chips", "Wuxi National Hi-tech District"),
          ("Kolmar Cosmetics Co.", "Wuxi National Hi-tech District")}, set()),
        # ... but a group that only visits the place invests in nothing
        ("The companies visited the Wuxi National Hi-tech District, including Hanwa Chips.",
         set(), {("Hanwa Chips", "Wuxi National Hi-tech District")}),
        # deals with no investment in them
        ("Wuxi is a city in Jiangsu. Ten companies including Norvale Chemicals signed sales "
         "deals with the Wuxi government.", set(), {("Norvale Chemicals", "Wuxi")}),
    ],
)
def test_group_members_invest(extractor: Extractor, text: str, expected: set[tuple[str, str]],
                              absent: set[tuple[str, str]]) -> None:
    invests = pairs(run(extractor, text), "investsIn")
    assert expected <= invests
    assert not absent & invests


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("Jiangsu is a province in east China. Twelve companies, including Norvale Motors, "
         "Brightwell Energy and Tessmark Group, signed deals to advance investment projects "
         "with the provincial government.",
         {("Norvale Motors", "Jiangsu"), ("Tessmark Group", "Jiangsu")}, set()),
        ("Wuxi is a city in Jiangsu. Norvale Motors signed an investment agreement with the "
         "Wuxi municipal government on Monday.", {("Norvale Motors", "Wuxi")}, set()),
        ("Jiangsu is a province in east China. Norvale Motors signed an investment agreement "
         "with the provincial government on Monday.", {("Norvale Motors", "Jiangsu")}, set()),
        # no investment in the deal
        ("Wuxi is a city in Jiangsu. Norvale Motors signed a sales agreement with the Wuxi "
         "municipal government on Monday.", set(), {("Norvale Motors", "Wuxi")}),
    ],
)
def test_deals_with_a_places_government(extractor: Extractor, text: str,
                                        expected: set[tuple[str, str]],
                                        absent: set[tuple[str, str]]) -> None:
    invests = pairs(run(extractor, text), "investsIn")
    assert expected <= invests
    assert not absent & invests

"""A company's facility in a place is its investment there (kg/extract/business/facilities.py):
the shapes added for real new text, on invented sentences."""

from __future__ import annotations

import pytest
from extracting import pairs, run

from kg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a project "on" an island province
        ("The German carmaker Volkwerk's investment project on Hainan was signed on Monday.",
         {("Volkwerk", "Hainan")}, set()),
        # "the <place> plant" right after a sentence about the company: its plant
        ("Norvale Chemicals is one of the largest paint makers in Europe. The Wuxi plant covers "
         "an area of 50,000 square meters.", {("Norvale Chemicals", "Wuxi")}, set()),
        # the sentence before is about a person: no owner to guess
        ("Arlo Venn is the mayor's adviser. The Wuxi plant covers an area of 50,000 square "
         "meters.", set(), {("Arlo Venn", "Wuxi")}),
        # no "the": a plant in general, not one company's
        ("Norvale Chemicals is one of the largest paint makers in Europe. Wuxi plants cover "
         "an area of 50,000 square meters.", set(), {("Norvale Chemicals", "Wuxi")}),
        # a workshop, an assembly line
        ("On May 3, Norvale Chemicals' second-phase workshops in the Wuxi Economic "
         "Development Zone were put into use.",
         {("Norvale Chemicals", "Wuxi Economic Development Zone")}, set()),
        ("Norvale Chemicals broke ground on its second assembly line in Wuxi on Monday.",
         {("Norvale Chemicals", "Wuxi")}, set()),
        ("Norvale Chemicals said its customer hotline in Wuxi was busy.", set(),
         {("Norvale Chemicals", "Wuxi")}),
        # the facility a groundbreaking ceremony is held for
        ("In May, Norvale Corporation from the United States held the groundbreaking ceremony "
         "for the battery material project in Wuxi.", {("Norvale Corporation", "Wuxi")}, set()),
        ("Norvale Corporation held a groundbreaking ceremony in Wuxi for its new plant.",
         {("Norvale Corporation", "Wuxi")}, set()),
        # a facility listed after "its joint venture"; one "settled by" a company
        ("In May, the Norvale Group saw its joint venture Norvale Motors Company Limited and a "
         "new research center inaugurated in Wuxi.", {("Norvale Group", "Wuxi")}, set()),
        ("In May, the Norvale Group, headquartered in Bavaria, saw its joint venture Norvale "
         "Motors Company Limited, and a new research and development center inaugurated in "
         "Wuxi.", {("Norvale Group", "Wuxi")}, set()),
        ("This is the largest beverage production base settled by Thailand's Norvale Group in "
         "China.", {("Norvale Group", "China")}, set()),
        # put into operation in a place
        ("The new factory of Norvale Chemicals was put into operation in Wuxi on Monday.",
         {("Norvale Chemicals", "Wuxi")}, set()),
        # a company named in the plant's own sentence: left to the other rules
        ("Norvale Chemicals is a paint maker. The Wuxi plant will supply Brightwell Motors.",
         set(), {("Norvale Chemicals", "Wuxi")}),
    ],
)
def test_facility_shapes(extractor: Extractor, text: str, expected: set[tuple[str, str]],
                         absent: set[tuple[str, str]]) -> None:
    invests = {(s.removesuffix("'s"), o) for s, o in pairs(run(extractor, text), "investsIn")}
    assert expected <= invests
    assert not absent & invests


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("With US$ 20 million from its parent company in Norway, Norvale Plastics (Wuxi) Co., "
         "Ltd., registered in the Wuxi Economic Development Zone last year, aims to grow.",
         {("Norvale Plastics (Wuxi) Co., Ltd.", "Wuxi Economic Development Zone")}, set()),
        # registered in a city: where it is, not an investment
        ("Brightwell Holdings, registered in Wuxi in 2010, makes tapes.", set(),
         {("Brightwell Holdings", "Wuxi")}),
    ],
)
def test_registered_in_a_zone(extractor: Extractor, text: str, expected: set[tuple[str, str]],
                              absent: set[tuple[str, str]]) -> None:
    invests = pairs(run(extractor, text), "investsIn")
    assert expected <= invests
    assert not absent & invests


def test_a_list_mate_named_again_is_no_target(extractor: Extractor) -> None:
    """ "A and B have established ties ..., and B's office opened in A": B is A's list mate
    (kg/extract/grammar.py simple_rule), even where its name comes again."""
    ex = run(extractor, "He said that Harbin and Hokkaido have established good cooperation in "
                        "trade and tourism, and the office of Hokkaido has been opened in Harbin.")
    assert ("Harbin", "Hokkaido") not in pairs(ex, "investsIn")

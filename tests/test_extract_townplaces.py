"""A town told by its appositive ("Varnholm, a port city in Agder"): its class, where it lies,
and no investing in that place, on invented sentences (kg/extract/business/townplaces.py,
kg/extract/entities/listclass.py: towns_described)."""

from __future__ import annotations

import pytest
from extracting import classes, pairs, run

from kg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The delegation visited Dalsnes, a coastal town in Norway, last week.",
         {("Dalsnes", "Norway")}),
        ("A waterway route connecting Hefei and Varnholm, a port city in Agder, will be "
         "launched.", {("Varnholm", "Agder")}),
        # a company's appositive is no town's
        ("Talks with Hengtai Group, a company in Agder, began.", {("Hengtai Group", "Agder")}),
        # no town word: nothing said of where it lies
        ("The delegation visited Dalsnes, a partner of Norway, last week.", set()),
    ],
)
def test_a_town_lies_in_the_place_of_its_appositive(extractor: Extractor, text: str,
                                                    expected: set[tuple[str, str]]) -> None:
    assert pairs(run(extractor, text), "locatedIn") == expected


def test_the_place_of_a_towns_appositive_is_no_investment(extractor: Extractor) -> None:
    text = ("A waterway route connecting Hefei and Varnholm, a port city in Agder, will be "
            "launched.")
    assert pairs(run(extractor, text), "investsIn") == set()


@pytest.mark.parametrize("text", [
    "Ships sail to Brightwater, a port town in Agder.",
    "The delegation visited Dalsnes, a coastal town in Norway, last week.",
])
def test_a_name_set_beside_a_town_word_is_a_city(extractor: Extractor, text: str) -> None:
    # ("Brightwater": the model reads it as an organisation)
    found = classes(extractor, text)
    assert found.get("Brightwater", found.get("Dalsnes")) == "City"


def test_a_name_set_beside_a_company_word_stays(extractor: Extractor) -> None:
    assert classes(extractor, "Talks with Hengtai Group, a company in Agder, began.").get(
        "Hengtai Group") == "Enterprise"

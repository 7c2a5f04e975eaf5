"""Posts before a name across a short parenthetical or as a lowercase post of a place
(kg/extract/people/asideposts.py), on invented sentences through the real pipeline."""

from __future__ import annotations

import pytest
from extracting import classes, pairs, rules_only, run

from kg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "name", "place"),
    [
        ("Business representatives met with the mayor of Wuhu (the largest city of the region) "
         "Zhao Lijun.", "Zhao Lijun", "Wuhu"),
        ("The investors met with the mayor of Wuhu Zhao Lijun on Monday.", "Zhao Lijun", "Wuhu"),
        ("The fair saw the presence of Minister of Agriculture (MOA) Zhao Lijun and others.",
         "Zhao Lijun", None),
    ],
)
def test_post_before_the_name(extractor: Extractor, text: str, name: str,
                              place: str | None) -> None:
    assert classes(extractor, text).get(name) == "Official"
    if place is not None:
        assert (name, place) in pairs(run(extractor, text), "servesIn")


@pytest.mark.parametrize(
    "text",
    [
        "The fair saw Ma Lin (left) and Zhao Lijun.",
        "Tourists from the city of Wuhu (Anhui) Zhao Lijun said.",
        "A trip to the north of Wuhu Zhao Lijun said.",
    ],
)
def test_no_post(extractor: Extractor, text: str) -> None:
    assert classes(rules_only(extractor), text).get("Zhao Lijun") == "Person"

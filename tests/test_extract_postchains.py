"""Two posts before one name (kg/extract/people/postchains.py), on invented sentences."""

from __future__ import annotations

import pytest
from extracting import pairs, run

from kg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "person", "body", "place"),
    [
        ("Deputy Secretary of the Communist Party of China (CPC) Yunnan Provincial Committee "
         "and Governor of Yunnan Province Wang Ning met with the delegation.",
         "Wang Ning", "Communist Party of China (CPC) Yunnan Provincial Committee", "Yunnan"),
        ("Member of the Standing Committee of the CPC Yunnan Provincial Committee and Vice "
         "Governor Li Ming met Karl Olsen.",
         "Li Ming", "Standing Committee of the CPC Yunnan Provincial Committee", "Yunnan"),
    ],
)
def test_the_first_of_two_posts_before_a_name_is_the_holders(
        extractor: Extractor, text: str, person: str, body: str, place: str) -> None:
    ex = run(extractor, text)
    assert (person, body) in pairs(ex, "holdsPositionIn")
    assert any(p == person and place in o for p, o in pairs(ex, "servesIn"))


def test_a_described_holder_is_someone_else(extractor: Extractor) -> None:
    ex = run(extractor, "The Director of the Kunming Municipal Bureau of Commerce and Vice "
                        "Governor Li Ming attended the fair.")
    assert ("Li Ming", "Kunming Municipal Bureau of Commerce") not in pairs(
        ex, "holdsPositionIn")

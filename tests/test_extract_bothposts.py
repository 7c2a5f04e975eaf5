"""One post said once for two people after "both" (kg/extract/people/bothposts.py), on
invented sentences with invented names."""

from __future__ import annotations

import pytest
from extracting import classes, pairs, run

from kg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Mr. Lars Berg and Mr. Ole Dahl, both Vice Consul-General of the Chinese "
         "Consulate-General in Shanghai, attended the fair.",
         "Chinese Consulate-General in Shanghai"),
        ("Lars Berg and Ole Dahl, both Deputy Directors of the Bergen Trade Bureau, "
         "visited Oslo.", "Bergen Trade Bureau"),
    ],
)
def test_both_hold_the_post(extractor: Extractor, text: str, body: str) -> None:
    ex = run(extractor, text)
    assert {("Lars Berg", body), ("Ole Dahl", body)} <= pairs(ex, "holdsPositionIn")
    assert classes(extractor, text)["Ole Dahl"] == "Official"
    # diplomats serve in no place
    assert not pairs(ex, "servesIn")


def test_both_from_a_place_is_no_post(extractor: Extractor) -> None:
    text = "Lars Berg and Ole Dahl, both from Bergen, attended the fair."
    assert not pairs(run(extractor, text), "holdsPositionIn")

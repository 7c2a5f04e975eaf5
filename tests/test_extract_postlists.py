"""Several posts in one apposition, on invented sentences (kg/extract/people/postlists.py)."""

from __future__ import annotations

import pytest
from extracting import pairs, run

from kg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each post's body is the person's
        ("Zhao Ming, Member of the Standing Committee of Jiangxi Provincial Party Committee, "
         "Executive Vice Governor and Secretary of the Party Work Committee of Nanchang "
         "High-tech Zone, attended.",
         {("Zhao Ming", "Standing Committee of Jiangxi Provincial Party Committee"),
          ("Zhao Ming", "Party Work Committee of Nanchang High-tech Zone")}),
        # the next person's post is not the first one's
        ("The talks were attended by Zhao Ming, Director of the Jiangxi Department of "
         "Commerce, Li Wei, Secretary of the Party Work Committee of Nanchang High-tech Zone, "
         "and others.",
         {("Zhao Ming", "Jiangxi Department of Commerce"),
          ("Li Wei", "Party Work Committee of Nanchang High-tech Zone")}),
        # what follows the posts is no post
        ("Zhao Ming, Director of the Jiangxi Department of Commerce, met the Hengtai Group.",
         {("Zhao Ming", "Jiangxi Department of Commerce")}),
    ],
)
def test_each_post_of_an_apposition_is_held(extractor: Extractor, text: str,
                                            expected: set[tuple[str, str]]) -> None:
    assert pairs(run(extractor, text), "holdsPositionIn") == expected

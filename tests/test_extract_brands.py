"""Unknown companies the model finds (kg/extract/entities/brands.py, ``company_like``): a
hyphenated brand, on invented sentences with invented names."""

from __future__ import annotations

import pytest
from extracting import classes, pairs, run

from kg.extract import Extractor


def test_hyphenated_brand_is_a_company(extractor: Extractor) -> None:
    text = ("The leading truck vendor Kraft-Haller (KH) signed an agreement earlier this week "
            "to set up a new factory in Wuhan.")
    assert classes(extractor, text).get("Kraft-Haller") == "Enterprise"
    assert ("Kraft-Haller", "Wuhan") in pairs(run(extractor, text), "investsIn")


@pytest.mark.parametrize(
    "text",
    [
        # a hyphenated place pair is no company
        "Delegates from the China-Africa Forum visited Wuhan last week to discuss trade.",
        "The China-ASEAN (CA) partnership signed an agreement to set up a new centre in Wuhan.",
        "Two groups jointly invested to build a new Kraft-Haller production centre in Wuhan.",
    ],
)
def test_no_hyphenated_company(extractor: Extractor, text: str) -> None:
    assert "Enterprise" not in classes(extractor, text).values()


@pytest.mark.parametrize(
    ("text", "company", "holder"),
    [
        # the model's place or person, named as where a business post is held
        ("Companies must attach importance to the Chinese market, said Conrad Keizer, CEO of "
         "Clariant.", "Clariant", "Conrad Keizer"),
        ('"Our Wuhan workshops are a global benchmark," said Olivier Rabin, Garrett\'s '
         "president and CEO.", "Garrett", "Olivier Rabin"),
    ],
)
def test_where_a_business_post_is_held_is_a_company(extractor: Extractor, text: str,
                                                    company: str, holder: str) -> None:
    assert classes(extractor, text).get(company) == "Enterprise"
    assert (holder, company) in pairs(run(extractor, text), "holdsPositionIn")

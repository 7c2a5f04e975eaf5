"""Where an official with a bare city post serves (kg/extract/jurisdiction.py), on invented
documents."""

from __future__ import annotations

import pytest
from extracting import pairs, run

from kg.extract import Extractor

_CITY_REPORT = """---
title: "Luoyang steps up foreign trade"
date: 2021-05-10
---
Luoyang steps up foreign trade

On May 8, {post} inspected the Luoyang Comprehensive Bonded Zone.

He said Luoyang would further open up.
"""


@pytest.mark.parametrize(
    ("post", "official"),
    [
        ("Kong Weiming, deputy secretary of the Municipal Party Committee and mayor,",
         "Kong Weiming"),
        ("Fu Xiaoling, deputy mayor,", "Fu Xiaoling"),
        ("Kong Weiming, secretary of the CPC Municipal Committee,", "Kong Weiming"),
    ],
)
def test_a_bare_city_post_serves_in_the_city_the_report_is_about(
        extractor: Extractor, post: str, official: str) -> None:
    ex = run(extractor, _CITY_REPORT.format(post=post))
    assert (official, "Luoyang") in pairs(ex, "servesIn")


def test_a_foreign_mayor_is_not_given_the_reports_city(extractor: Extractor) -> None:
    ex = run(extractor, _CITY_REPORT.format(post="Karl Olsen, deputy mayor,"))
    assert ("Karl Olsen", "Luoyang") not in pairs(ex, "servesIn")


def test_no_city_in_focus_gives_no_city(extractor: Extractor) -> None:
    text = ("Fu Xiaoling, deputy mayor, met guests from Luoyang and Kaifeng. Kaifeng and "
            "Luoyang are old capitals.")
    assert not pairs(run(extractor, text), "servesIn")

"""A leader's counterpart of a nationality (kg/extract/people/counterparts.py), on invented
sentences: an Official, serving in the country when the other side's post is a state's and
the document names the country."""

from __future__ import annotations

import pytest
from extracting import classes, pairs, run

from kg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Chinese President Xi Jinping met his Mongolian counterpart Batbold Gantulga in "
         "Beijing.", "Batbold Gantulga"),
        ("Premier Li Qiang held talks with Tran Van Binh, his Vietnamese counterpart, in "
         "Hanoi.", "Tran Van Binh"),
        ("Governor Wang Ning met his Lao counterpart Khamla Sisavath.", "Khamla Sisavath"),
    ],
)
def test_a_counterpart_is_an_official(extractor: Extractor, text: str, name: str) -> None:
    assert classes(extractor, text)[name] == "Official"


def test_a_state_leaders_counterpart_serves_in_the_named_country(extractor: Extractor) -> None:
    text = ("Chinese President Xi Jinping met his Mongolian counterpart Batbold Gantulga. "
            "Mongolia and China signed six deals.")
    assert ("Batbold Gantulga", "Mongolia") in pairs(run(extractor, text), "servesIn")


@pytest.mark.parametrize(
    "text",
    [
        # the country is not named in the document
        "Chinese President Xi Jinping met his Mongolian counterpart Batbold Gantulga.",
        # a governor's counterpart governs a province, not the country
        "Governor Wang Ning met his Lao counterpart Khamla Sisavath. Laos and China "
        "signed deals.",
    ],
)
def test_no_country_otherwise(extractor: Extractor, text: str) -> None:
    served = {s for s, _ in pairs(run(extractor, text), "servesIn")}
    assert not served & {"Batbold Gantulga", "Khamla Sisavath"}

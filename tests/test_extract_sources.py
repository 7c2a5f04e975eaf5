"""A news outlet named as the source inside a sentence is an Organization; a dateline's agency
is a credit (kg/extract/entities/sources.py), on invented sentences."""

from __future__ import annotations

import pytest
from extracting import classes, rules_only

from kg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [
        ("The fair opened at the exhibition center of Lanzhou, reported Xinhua.", "Xinhua",
         "Organization"),
        ("About 1,300 companies took part, according to Xinhua.", "Xinhua", "Organization"),
        ("Zhou Wenbo met the mayor of Lanzhou. GSTV has the story.", "GSTV", "Organization"),
        ("According to www.lznews.cn, about 1,300 companies took part.", "www.lznews.cn",
         "Organization"),
        ("Cooperation has continued to deepen, local news outlet gs.cn reported.", "gs.cn",
         "Organization"),
        ("According to MOFCOM, trade grew.", "MOFCOM", "GovernmentBody"),
        ("LANZHOU, May 2 (Xinhua) -- The fair opened.", "Xinhua", None),
    ],
)
def test_news_source(extractor: Extractor, text: str, name: str, cls: str | None) -> None:
    assert classes(rules_only(extractor), text).get(name) == cls

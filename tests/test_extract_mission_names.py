"""A state's mission named with a nationality first (kg/extract/names.py, ``_strip_leading``),
on invented sentences with invented names."""

from __future__ import annotations

import pytest
from extracting import classes

from kg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lars Berg, Counselor of the Chinese Consulate-General in Shanghai, attended the fair.",
         "Chinese Consulate-General in Shanghai"),
        ("Officials of the Chinese Embassy in Norway attended the fair.",
         "Chinese Embassy in Norway"),
    ],
)
def test_nationality_opens_a_mission(extractor: Extractor, text: str, name: str) -> None:
    assert classes(extractor, text).get(name) == "GovernmentBody"


def test_nationality_alone_names_nothing(extractor: Extractor) -> None:
    assert "Chinese" not in classes(extractor, "Chinese companies attended the Harbin fair.")

"""Political parties (kg/extract/namekeys.py), on invented sentences: a capitalised name headed
by "Party" is an Organization when a word of its own or an "of" names it; a party's organ is
the organ, and "Party" in a post or a bare "Provincial Party" names no party."""

from __future__ import annotations

import pytest
from extracting import classes

from kg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [
        ("A delegation of the Communist Party of Ruritania visited Nanning.",
         "Communist Party of Ruritania", "Organization"),
        ("Lin Hao met a delegation of the Liberal Democratic Party of Ruritania on Monday.",
         "Liberal Democratic Party of Ruritania", "Organization"),
        ("The Velorian People's Revolutionary Party sent a delegation to Kunming.",
         "Velorian People's Revolutionary Party", "Organization"),
        ("Members of the Norvale People's Action Party toured Xiamen.",
         "Norvale People's Action Party", "Organization"),
        ("Hu Min, member of the Communist Party of Ruritania Central Committee, attended.",
         "Communist Party of Ruritania Central Committee", "GovernmentBody"),
    ],
)
def test_party(extractor: Extractor, text: str, name: str, cls: str) -> None:
    assert classes(extractor, text).get(name) == cls


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Party Secretary Li Ming met the visitors in Nanning.", "Party Secretary Li Ming"),
        ("The Provincial Party held a meeting on Monday.", "Provincial Party"),
        ("Hunan Party Secretary Li Ming met the visitors.", "Hunan Party"),
    ],
)
def test_no_party(extractor: Extractor, text: str, name: str) -> None:
    assert classes(extractor, text).get(name) != "Organization"

"""A place hosting an event takes part in it unless a government body of it is named as the
host (kg/extract/gatherings/hosts.py), on an invented report."""

from __future__ import annotations

import pytest
from extracting import confident, pairs, rules_only, run

from kg.extract import Extractor

_REPORT = """---
title: "Hunan steps up opening"
date: 2021-05-10
---
Hunan steps up opening

Hunan is opening wider to the world. The 5th Xiangjiang Trade Conference was held on Monday.{host}
"""


@pytest.mark.parametrize(
    ("host", "place_takes_part"),
    [
        ("", True),
        (" It was hosted by the People's Government of Hunan Province.", False),
        # another province's government hosting says nothing about Hunan's own organs
        (" It was co-hosted by the People's Government of Hubei Province.", True),
    ],
)
def test_the_named_host_body_not_its_place(extractor: Extractor, host: str,
                                           place_takes_part: bool) -> None:
    text = _REPORT.format(host=host)
    found = pairs(run(rules_only(extractor), text), "participatesIn")
    assert (("Hunan", "5th Xiangjiang Trade Conference") in found) is place_takes_part
    if not place_takes_part:  # (the learned model may add it at its own, lower, confidence)
        confident_pairs = confident(run(extractor, text), "participatesIn")
        assert ("Hunan", "5th Xiangjiang Trade Conference") not in confident_pairs

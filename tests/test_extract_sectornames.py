"""A sector word ending a capitalised name makes it a company ("Qelvik Mining"), unless the
name is headed before "of" ("Bureau of Mining")."""

from __future__ import annotations

import pytest
from extracting import classes, pairs, run

from kg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kestrel Pharma has invested 200 million yuan in Changsha.", "Kestrel Pharma"),
        ("Qelvik Mining opened an office in Nanning last year.", "Qelvik Mining"),
        ("Marovia Trading, a firm from Bangladesh, exhibited jute at the fair.", "Marovia Trading"),
        ("Dunhollow Textiles built a workshop in Zhuzhou.", "Dunhollow Textiles"),
        ("Vantor Automotive has set up a research centre in Hefei.", "Vantor Automotive"),
        ("Greyfield Agritech imports beef from Australia.", "Greyfield Agritech"),
        ("Lumina Solar signed an agreement to build a plant in Suzhou.", "Lumina Solar"),
        ("Velmont Wind Power will invest $428 million in Yancheng.", "Velmont Wind Power"),
        ("Nordvik Shipping has opened an office in Qinzhou.", "Nordvik Shipping"),
        ("Pellworth Composites chose Richland County for its plant.", "Pellworth Composites"),
        ("Tarvel Chemical exports dyes to Vietnam.", "Tarvel Chemical"),
    ],
)
def test_sector_word_names_a_company(extractor: Extractor, text: str, name: str) -> None:
    assert classes(extractor, text).get(name) == "Enterprise"


def test_sector_company_invests(extractor: Extractor) -> None:
    ex = run(extractor, "Kestrel Pharma has invested 200 million yuan in Changsha.")
    assert ("Kestrel Pharma", "Changsha") in pairs(ex, "investsIn")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Hunan Provincial Department of Mining met the delegation.",
         "Hunan Provincial Department of Mining"),
        ("The Xinjiang Bureau of Mining and Minerals met the delegation.",
         "Xinjiang Bureau of Mining and Minerals"),
    ],
)
def test_body_of_a_sector_is_no_company(extractor: Extractor, text: str, name: str) -> None:
    found = classes(extractor, text)
    assert found.get(name) != "Enterprise"
    assert "Enterprise" not in found.values()

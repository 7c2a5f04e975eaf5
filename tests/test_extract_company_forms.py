"""Short forms and newer rows of kg/data/companies.csv on invented sentences: the listed form
is an Enterprise, and a lookalike (a place's goods written in lower case, an interjection) is
not. The sentences and all names but the listed ones are invented."""

from __future__ import annotations

import pytest
from extracting import classes

from kg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("FMG will ship iron ore through the Harbour Bay terminal, Li Ming said.", "FMG"),
        ("ZIM added a weekly call at the Qingmu container terminal in May.", "ZIM"),
        ("MAZ and the Qingmu Machinery Group signed a deal to assemble trucks.", "MAZ"),
        ("Belshina will supply tyres to the Harbour Bay plant, the zone said.", "Belshina"),
        ("Kazatomprom signed a uranium supply deal with the Qingmu Power Group.",
         "Kazatomprom"),
        ("Sinohydro will build the Harbour Bay dam, the minister said.", "Sinohydro"),
        ("China Jiangxi International won a road contract in the Harbour Bay Zone.",
         "China Jiangxi International"),
        ("Linglong Tyre and the Ningmu Rubber Group opened a plant near Qingmu.",
         "Linglong Tyre"),
        ("Uzbekistan Airways opened a route to Qingmu on Tuesday.", "Uzbekistan Airways"),
        ("Sonangol shipped crude to the Ningmu refinery, Li Ming said.", "Sonangol"),
        ("Ethio Telecom and the Qingmu Telecom Group signed a cable deal.", "Ethio Telecom"),
        ("Yunnan Tin will build a smelter in the Harbour Bay Zone.", "Yunnan Tin"),
    ],
)
def test_a_listed_short_form_or_newer_row_is_an_enterprise(extractor: Extractor, text: str,
                                                          company: str) -> None:
    assert classes(extractor, text).get(company) == "Enterprise"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a place's goods or trade, written in lower case: no listed company's capitals
        ("Yunnan tin exports rose last year, the bureau said.", "Yunnan tin"),
        ("Vietnam electricity demand rose sharply, Li Ming said.", "Vietnam electricity"),
        ("Hainan rubber farmers sold more latex to buyers from Qingmu.", "Hainan rubber"),
        ("Shandong steel output rose 5 percent in May, the bureau said.", "Shandong steel"),
        ("Taiyuan iron and steel exports fell in 2023.", "Taiyuan iron"),
        ("Jiangxi air quality improved last year, the report said.", "Jiangxi air"),
        # an interjection quoted in a story is no container line's short form
        ("Hmm, the Qingmu official said, the plan needs more work.", "Hmm"),
    ],
)
def test_a_lookalike_of_a_listed_form_is_no_enterprise(extractor: Extractor, text: str,
                                                      word: str) -> None:
    found = classes(extractor, text)
    assert not any(word.casefold() in t.casefold() and c == "Enterprise"
                   for t, c in found.items()), found


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Sinopec Group Tuesday inked a deal to supply fuel to the Qingmu airport.",
         "Sinopec Group"),
        ("Air Macau Co. Ltd. Friday signed a deal to fly to Qingmu.", "Air Macau Co. Ltd."),
        ("Huawei Cloud on Monday opened a data centre in the Harbour Bay Zone.",
         "Huawei Cloud"),
    ],
)
def test_a_day_after_a_listed_name_is_not_the_names(extractor: Extractor, text: str,
                                                    company: str) -> None:
    found = classes(extractor, text)
    assert found.get(company) == "Enterprise", found

"""Investment told by moving a facility to a place, putting money into one, having a facility
there or being an investor there (kg/extract/business/relocations.py); a facility in a zone and the
companies listed as settling in a place (kg/extract/business/facilities.py). Invented sentences."""

from __future__ import annotations

import pytest
from extracting import pairs, run

from kg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Brelton Electronics has relocated its headset factory to Bac Ninh in Vietnam.",
         {("Brelton Electronics", "Bac Ninh"), ("Brelton Electronics", "Vietnam")}),
        ("Dorner Logistics moved its regional headquarters from Hong Kong to Shenzhen in 2020.",
         {("Dorner Logistics", "Shenzhen")}),
        ("Caspian Chemicals will transfer production to Wuhu next year.",
         {("Caspian Chemicals", "Wuhu")}),
        ("Ravelle Holdings will put $300 million into Hainan over the next five years.",
         {("Ravelle Holdings", "Hainan")}),
        ("Gansu Province has poured 5 billion yuan into the Lanzhou New Area since 2015.",
         {("Gansu Province", "Lanzhou New Area")}),
        ("Kellner Automotive's new plant, located in the Changchun Automobile Economic and "
         "Technological Development Zone, will open next year.",
         {("Kellner Automotive",
           "Changchun Automobile Economic and Technological Development Zone")}),
        ("Tarvik Motors opened a new plant in the Qinzhou Free Trade Zone on Monday.",
         {("Tarvik Motors", "Qinzhou Free Trade Zone")}),
        ("So far, 80 enterprises including Aldwin Motors, Brecon Steel and Caspian Chemicals "
         "have settled in the Xuzhou Economic and Technological Development Zone.",
         {(firm, "Xuzhou Economic and Technological Development Zone")
          for firm in ("Aldwin Motors", "Brecon Steel", "Caspian Chemicals")}),
        ("Kestrel Motors has a factory in Guangdong and two research centers in Shanghai.",
         {("Kestrel Motors", "Guangdong"), ("Kestrel Motors", "Shanghai")}),
        ("Kestrel Motors operates three plants in Anhui.", {("Kestrel Motors", "Anhui")}),
        ("Kestrel Motors now has more than 30 subsidiaries in China.",
         {("Kestrel Motors", "China")}),
        ("Kestrel Motors is one of the biggest foreign investors in Hunan.",
         {("Kestrel Motors", "Hunan")}),
        ("Hubei has become one of the largest Chinese investors in Ethiopia.",
         {("Hubei", "Ethiopia")}),
        ("Kestrel Motors, the biggest investor in Laos, opened a school.",
         {("Kestrel Motors", "Laos")}),
    ],
)
def test_investment_told_otherwise(extractor: Extractor, text: str,
                                   expected: set[tuple[str, str]]) -> None:
    assert expected <= pairs(run(extractor, text), "investsIn")


@pytest.mark.parametrize(
    "text",
    [
        # moving an event, a meeting or shares is no investment
        "Orvane Group moved its annual meeting from Hong Kong to Shenzhen.",
        "Brelton Electronics transferred its shares to Hong Kong investors.",
        # what is put into a place must be money
        "Ravelle Holdings put great effort into Hainan's tourism.",
        # a place the company comes from is not where it moves
        "Dorner Logistics, a firm from Shenzhen, moved its office to a larger building.",
        # having no facility, or a place that has one
        "Kestrel Motors has a strong position in Hunan.",
        "Shanghai has 700 regional headquarters in its districts.",
        # investors in a place, not the company
        "Kestrel Motors met investors in Hunan.",
        # the partners of what is set up, every one of them: not where it is set up
        "Zhejiang has established a smooth communication system with Qinghai and Haixi.",
    ],
)
def test_no_investment_without_a_facility_or_money(extractor: Extractor, text: str) -> None:
    assert not pairs(run(extractor, text), "investsIn")

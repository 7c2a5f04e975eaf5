"""Whose a figure is, through the real pipeline (invented sentences): a country that gains
enterprises or draws in foreign investment, the place a locator describes, the place
investment comes into from abroad."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def extract(figures_of):  # type: ignore[no-untyped-def]
    return figures_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # enterprises set up in a country after the value: the country's
        ("A total of 31,250 new foreign-invested companies were established in Brazil during "
         "the first 10 months of the year, data from the Ministry of Economy showed.",
         ("enterprises", "31250", "count", False, "Brazil", None, "2023-01/2023-10")),
        ("In the first quarter, some 9,000 foreign companies established a foothold in Brazil, "
         "marking a 12.3 percent increase year-on-year.",
         ("enterprises", "9000", "count", False, "Brazil", None, "2024-Q1")),
        # the rate right after the count is the count's
        ("In the first quarter, some 9,000 foreign companies established a foothold in Brazil, "
         "marking a 12.3 percent increase year-on-year.",
         ("enterprises", "12.3", "percent", True, "Brazil", None, "2024-Q1")),
        # "foreign direct investment in X": X's
        ("Foreign direct investment in Brazil expanded 3.7 percent year on year in the first "
         "three months of the year.",
         ("foreignInvestment", "3.7", "percent", True, "Brazil", None, "2024-01/2024-03")),
        # "X in Y province ..., which": the "which" is the businesses', X is the subject
        ("The port city of Yingkou in China's northeastern Liaoning province had 142 new "
         "foreign-invested businesses in 2023, which brought in contracted investment of "
         "$12.5 billion.",
         ("investment", "12500000000", "USD", False, "Yingkou", None, "2023")),
        ("The port city of Yingkou in China's northeastern Liaoning province had 142 new "
         "foreign-invested businesses in 2023.",
         ("enterprises", "142", "count", False, "Yingkou", None, "2023")),
        # a region in brackets places the province after it
        ("The Foreign Trade of (Southwest China) Yunnan Province with ASEAN totalled 65.2 "
         "billion yuan in the first half of this year, a year-on-year increase of 21.3 percent.",
         ("trade", "65200000000", "CNY", False, "Yunnan Province", None, "2024-01/2024-06")),
        # investment from a country is foreign investment of where it goes
        ("Mayor Li said the port of Ningbo, which is home to more than 1,500 Korea-funded "
         "enterprises and has attracted $8 billion worth of investment from South Korea, "
         "welcomes more investors.",
         ("foreignInvestment", "8000000000", "USD", False, "Ningbo", None, None)),
    ],
)
def test_whose_figure(extract, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in extract(text)


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        # a country after a province's value is the setting, not whose
        ("Hubei signed 12 projects worth 3.1 billion yuan in Brazil in 2023.",
         ("projects", "12", "count", False, "Brazil", None, "2023")),
        ("The Foreign Trade of (Southwest China) Yunnan Province with ASEAN totalled 65.2 "
         "billion yuan in the first half of this year.",
         ("trade", "65200000000", "CNY", False, "Southwest China", None, "2024-01/2024-06")),
        # investment from companies is not foreign investment
        ("Hubei signed 2.5 billion yuan of investment from private companies in 2023.",
         ("foreignInvestment", "2500000000", "CNY", False, "Hubei", None, "2023")),
    ],
)
def test_not_whose_figure(extract, text: str, unexpected) -> None:  # type: ignore[no-untyped-def]
    assert unexpected not in extract(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a flow that "accounted for" an amount is a level, not a share
        ("Liaoning Province trade rose. Of the total, imports accounted for 138.2 billion yuan, "
         "increasing 21.6 percent.",
         ("imports", "138200000000", "CNY", False, "Liaoning Province", None, None)),
        # deals "collectively worth": their sum, not a total over years
        ("The Ningxia Expo was held. A total of 712 deals collectively worth 420 billion yuan "
         "were signed at the fair.",
         ("investment", "420000000000", "CNY", False, "Ningxia Expo", None, None)),
        # "worth of trade contracts" signed at an expo: what its deals are worth
        ("The third Nordic-Asia Expo, which concluded today in Tromso, achieved more than 20 "
         "billion yuan worth of foreign trade contracts signed with local companies.",
         ("investment", "20000000000", "CNY", False, "Third Nordic-Asia Expo", None, None)),
    ],
)
def test_value_forms(extract, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in extract(text)


def test_respectively_before_rates(extract) -> None:  # type: ignore[no-untyped-def]
    # the first rate is that of the number of deals, which no indicator measures
    found = extract("The Ningxia Expo was held. A total of 712 deals worth 420 billion yuan "
                    "were signed at the fair, with those figures respectively up about 21.5 "
                    "percent and 31.2 percent year on year.")
    assert ("investment", "31.2", "percent", True, "Ningxia Expo", None, None) in found
    assert not [f for f in found if f[1] == "21.5"]


@pytest.mark.parametrize(
    "text",
    [
        # turnover, revenue, outsourcing: no indicator's
        "Firms in Yingkou did well. Turnover from foreign contracted projects was $580 million, "
        "up 7 percent.",
        "Firms in Yingkou did well. The contracted value of offshore service outsourcing "
        "projects was $1.29 billion, of which $1.16 billion of contracts were fulfilled, a "
        "year-on-year increase of 12.6 percent.",
        # one mode of trade is a part of it
        "Firms in Yingkou did well. General export values came in at 45.29 billion yuan, "
        "increasing 11 percent.",
    ],
)
def test_no_figure(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert extract(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # projects filed for; a fall written with "dropping"
        ("Firms in Yingkou filed for 52 outbound investment projects with contracted value of "
         "$611 million in 2023, dropping 41.2 percent.",
         {("projects", "52", "count", False, "Yingkou", None, "2023"),
          ("investment", "-41.2", "percent", True, "Yingkou", None, "2023")}),
        # enterprises that have invested in a zone are its enterprises
        ("A delegation visited the Nanhu Zone on July 25. Over 300 Danish enterprises have "
         "invested in the Nanhu Zone.",
         {("enterprises", "300", "count", False, "Nanhu Zone", None, None)}),
    ],
)
def test_counts_and_falls(extract, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected <= set(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        # the conversion of an amount in a currency no indicator counts in (an ISO code)
        "Wuxi is a city. With a total investment of over 22 trillion KRW ($19 billion), the "
        "project will include a new port.",
        "Wuxi is a city. Wuxi signed projects with a total investment of 3 billion EUR (about "
        "$3.3 billion) in 2023.",
    ],
)
def test_other_currency_code(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert extract(text) == []


def test_a_part_picked_out_alone(extract) -> None:  # type: ignore[no-untyped-def]
    found = extract("Wuxi signed 22 foreign investment deals worth $3.4 billion. Out of the 22 "
                    "projects, nine were for manufacturing. Those nine deals alone are "
                    "reportedly worth around US$1.77 billion.")
    assert ("investment", "3400000000", "USD", False, "Wuxi", None, None) in found
    assert not [f for f in found if f[1] == "1770000000"]


def test_growth_with_a_trade_partner(extract) -> None:  # type: ignore[no-untyped-def]
    found = extract("Yunnan province recorded over 1.2 trillion yuan in foreign trade in 2023. "
                    "Yunnan recorded growth of 6.9 percent with its biggest trade partner, the "
                    "Association of Southeast Asian Nations (ASEAN).")
    assert [f for f in found if f[:5] == ("trade", "6.9", "percent", True, "Yunnan")]

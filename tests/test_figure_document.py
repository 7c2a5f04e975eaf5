"""Figures read against the whole document (kg.extract.facts.headlines, docplace, periods): a
headline's shortened copy of a body figure, the city a document without a province is about,
a base period written at length, a stock "as of the end of" a month. Invented sentences, the
real pipeline."""

from __future__ import annotations

import pytest

# measure, value, unit, change, area, counterpart, period
Fig = tuple[str, str, str, bool, str, str | None, str | None]


@pytest.fixture(scope="module")
def extract(figures_of):  # type: ignore[no-untyped-def]
    return lambda text: figures_of(text, date="2021-06-12")


CASES = [
    # the headline gives only the conversion of the body's figure: no figure of its own
    (
        "Yichang lands $2.1b of projects from coastal investors\n\n"
        "Yichang signed 12 projects with a total investment of 14.2 billion yuan ($2.1 "
        "billion) at a promotion fair held on June 8.",
        [("projects", "12", "count", False, "Yichang", None, None),
         ("investment", "14200000000", "CNY", False, "Yichang", None, None)],
    ),
    # a headline repeating the body's rate without its period: the body's (with its period)
    (
        "Hainan sees foreign trade up 21.5 percent\n\n"
        "Hainan's foreign trade rose 21.5 percent year on year in the first quarter of 2021.",
        [("trade", "21.5", "percent", True, "Hainan", None, "2021-Q1")],
    ),
    # a headline whose figure the body does not write again is kept
    (
        "Hainan's exports reach 3 billion yuan in May 2021\n\n"
        "The island's ports were busy, officials said.",
        [("exports", "3000000000", "CNY", False, "Hainan", None, "2021-05")],
    ),
    # a first line that is a body sentence (a dateline, a full stop) is no headline: both kept
    (
        "HAIKOU, June 10 -- Hainan's exports reached 3 billion yuan in May.\n\n"
        "Hainan's exports reached 3 billion yuan in May, officials said.",
        [("exports", "3000000000", "CNY", False, "Hainan", None, "2021-05")] * 2,
    ),
    # a base period written at length is no period: the sentence names none of its own
    (
        "Trade between Guizhou and RCEP members soared to 15.3 billion yuan, up 20 percent "
        "compared with the same period in 2020.",
        [("trade", "15300000000", "CNY", False, "Guizhou", None, None),
         ("trade", "20", "percent", True, "Guizhou", None, None)],
    ),
    # what the projects signed are expected to be worth is their value, not a forecast
    (
        "Loudi signed 18 projects with a total expected investment of 5.2 billion yuan.",
        [("projects", "18", "count", False, "Loudi", None, None),
         ("investment", "5200000000", "CNY", False, "Loudi", None, None)],
    ),
    # a trade partner's short name in brackets is the same partner, not whose figure it is
    (
        "Hunan Province sees robust trade. The province's trade with the European Union, the "
        "Association of Southeast Asian Nations (ASEAN) and Africa grew 3.5 percent, 8.1 "
        "percent and 6.4 percent, respectively.",
        [("trade", "3.5", "percent", True, "Hunan Province", "European Union", None),
         ("trade", "8.1", "percent", True, "Hunan Province", "ASEAN", None),
         ("trade", "6.4", "percent", True, "Hunan Province", "Africa", None)],
    ),
    # a headline rounding the body's conversion ("39 bln" for "39.66 billion") is its copy
    (
        "Tiannan Expo closes, 39 bln USD contracts signed\n\n"
        "Over 270.94 billion yuan (39.66 billion U.S. dollars) worth of contracts were signed "
        "during the fifth Tiannan Expo in Urumqi.",
        [("investment", "270940000000", "CNY", False, "Fifth Tiannan Expo", None, None)],
    ),
    # "valued at" after the measure the clause began with is that measure's value
    (
        "Hunan Province opened a port. Exports during this period were valued at 134.97 "
        "billion yuan, up 11.2 percent year-on-year.",
        [("exports", "134970000000", "CNY", False, "Hunan Province", None, None),
         ("exports", "11.2", "percent", True, "Hunan Province", None, None)],
    ),
    # an agreement's name is no investment: "the ... Partnership agreement"
    (
        "Hunan Province opened a port. Its trade with members of the Regional Comprehensive "
        "Economic Partnership agreement grew 24.2 percent year-on-year.",
        [("trade", "24.2", "percent", True, "Hunan Province", None, None)],
    ),
    # "CNY" after the number; "by July this year" is a stock up to then: no period (the real
    # sets' gold); a dateline's year no period
    (
        "Hunan GDP reached 3.46 trillion CNY in 2017.",
        [("gdp", "3460000000000", "CNY", False, "Hunan", None, "2017")],
    ),
    (
        "Heihe had seen 4,200 enterprises established by May this year.",
        [("enterprises", "4200", "count", False, "Heihe", None, None)],
    ),
    (
        # (the subject "Wuxi" owns it; the dateline "WUXI, China, June 4" owns nothing)
        "WUXI, China, June 4, 2021 -- Wuxi held an investment conference on Friday, "
        "culminating in the signing of 212 projects.",
        [("projects", "212", "count", False, "Wuxi", None, None)],
    ),
    # companies that took part in something, or a count of agreements, are no stock
    (
        "Xinjiang Uygur Autonomous Region hosted the fair. A total of 704 companies, including "
        "27 corporations on the Fortune Global 500, took part in the fair. Moreover, 25 major "
        "companies from Xinjiang have signed 29 agreements with companies from 13 countries.",
        [],
    ),
    # trade contracts signed at an expo are what its deals are worth ("foreign trade" before
    # another noun is no trade volume)
    (
        "The 3rd Xiangjiang Machinery Expo concluded Sunday, with domestic and foreign trade "
        "contracts worth a total value of over 8 billion yuan (about 1.12 billion U.S. "
        "dollars) signed.",
        [("investment", "8000000000", "CNY", False, "3rd Xiangjiang Machinery Expo", None,
          None)],
    ),
    # a part of the figure before it ("including 30 projects ...") is no figure of its own
    (
        "Wuxi signed 212 projects with a total investment of around 37 billion yuan, including "
        "30 projects from Fortune 500 companies.",
        [("projects", "212", "count", False, "Wuxi", None, None),
         ("investment", "37000000000", "CNY", False, "Wuxi", None, None)],
    ),
    # the biggest project, and deals that are a share of the total, are parts of the deals
    (
        "A total of 312 projects worth 40 billion yuan were inked at the 2nd Tiannan Expo. The "
        "biggest project was signed with Dongsheng Valve Co., Ltd., with an investment of 9 "
        "billion yuan. A total of 7.2 billion yuan worth of contracts were signed with Fortune "
        "500 companies at the 2nd Tiannan Expo, accounting for 18 percent of the total.",
        [("projects", "312", "count", False, "2nd Tiannan Expo", None, None),
         ("investment", "40000000000", "CNY", False, "2nd Tiannan Expo", None, None)],
    ),
    # the city a customs office or a statistics bureau is named for is the source, not whose
    # figure it is, nor the place the document is about (with a dateline naming it too)
    (
        "DALIAN, June 9 -- Liaoning Province saw its foreign trade rise 8 percent in 2020.\n"
        "Imports reached 7.2 billion yuan in May, data from Dalian Customs showed.\n"
        "Exports to Japan totaled 3.1 billion yuan in May, the Dalian municipal statistics "
        "bureau said.",
        [("trade", "8", "percent", True, "Liaoning Province", None, "2020"),
         ("imports", "7200000000", "CNY", False, "Liaoning Province", None, "2021-05"),
         ("exports", "3100000000", "CNY", False, "Liaoning Province", "Japan", "2021-05")],
    ),
    # an unnamed area other than the document's: no figure of the document's province
    (
        "Shanxi Province saw its foreign trade rise 8 percent in 2020. The central region's "
        "GDP reached 19 trillion yuan in 2020. The country's exports grew 4 percent in 2020. "
        "Nationwide, actual use of foreign capital reached 900 billion yuan in 2020. The "
        "province's exports grew 6 percent in 2020.",
        [("trade", "8", "percent", True, "Shanxi Province", None, "2020"),
         ("exports", "6", "percent", True, "Shanxi Province", None, "2020")],
    ),
    # "as of the end of June": a stock at that month
    (
        "As of the end of May, the number of foreign-funded enterprises in Zhuhai reached 512.",
        [("enterprises", "512", "count", False, "Zhuhai", None, "2021-05")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_figures_against_the_document(extract, text: str, expected: list[Fig]) -> None:  # type: ignore[no-untyped-def]
    assert sorted(extract(text)) == sorted(expected)


def test_a_city_news_is_the_city_s(extract) -> None:  # type: ignore[no-untyped-def]
    """ "its total imports and exports" in a city's news, which names its province at most
    once to place it: the city's; a province named more stays the article's
    (docs/facts-gold.md)."""
    city = ("Mayor Tan Wenjie of Jiujiang visited two ports on June 3. It is reported that "
            "Jiujiang's port work went well. From January to May, its total imports and exports "
            "reached 9.31 billion yuan.")
    assert extract(city) == [("trade", "9310000000", "CNY", False, "Jiujiang", None,
                              "2021-01/2021-05")]
    placed = ("Jiujiang sets a trade record\n\nThe foreign trade of Jiujiang in Jiangxi "
              "Province hit a record in May. From January to May, its total imports and "
              "exports reached 9.31 billion yuan.")
    assert extract(placed) == [("trade", "9310000000", "CNY", False, "Jiujiang", None,
                                "2021-01/2021-05")]
    province = ("Mayor Tan Wenjie of Jiujiang visited two ports of Jiangxi Province on June 3. "
                "Jiangxi Province has many ports. From January to May, total imports and "
                "exports reached 9.31 billion yuan.")
    assert extract(province) == [("trade", "9310000000", "CNY", False, "Jiangxi Province", None,
                                  "2021-01/2021-05")]

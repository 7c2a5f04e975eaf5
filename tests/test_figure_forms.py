"""Figures as news reports write them (kg.extract.facts.figures, amounts, periods, figure_scope):
abbreviated units and periods, a base period, a currency or a source naming a place, a trade
partner, a listed measure, a part of a total. Invented sentences, the real pipeline."""

from __future__ import annotations

import pytest

# measure, value, unit, change, area, counterpart, period
Fig = tuple[str, str, str, bool, str, str | None, str | None]


@pytest.fixture(scope="module")
def extract(figures_of):  # type: ignore[no-untyped-def]
    return lambda text: figures_of(text, date="2024-08-10")


REPORT_FORMS = [
    # a country's figure in the possessive, with a long measure or an acronym after it
    (
        "Laos's actual use of foreign direct investment reached 1.2 billion U.S. dollars in "
        "2023.",
        [("foreignInvestment", "1200000000", "USD", False, "Laos", None, "2023")],
    ),
    (
        "Laos's actual use of FDI reached 1.2 billion U.S. dollars in 2023.",
        [("foreignInvestment", "1200000000", "USD", False, "Laos", None, "2023")],
    ),
    # the value "with a total investment of" after a count is the counted projects' (of
    # their area, not of the event named between); a year in an event's name is no period;
    # "the signing of 17 projects, with an amount of X": the value of the deals
    (
        "The Xining delegation signed 40 projects during the 3rd Lotus Valley Expo with a "
        "total investment of 9 billion yuan.",
        [("projects", "40", "count", False, "Xining", None, None),
         ("investment", "9000000000", "CNY", False, "Xining", None, None)],
    ),
    (
        "Haidong held the Plateau Valley Summit 2022, witnessing the contract signing of 17 "
        "projects, with an amount of 2.1 billion yuan.",
        [("projects", "17", "count", False, "Haidong", None, None),
         ("investment", "2100000000", "CNY", False, "Haidong", None, None)],
    ),
    # "300 and 120 enterprises respectively": each number is a count, one per area listed;
    # "X and Y in 2022 and 2023, respectively": one year per value
    (
        "Xining and Haidong attracted 300 and 120 foreign-funded enterprises respectively in "
        "2023.",
        [("enterprises", "300", "count", False, "Xining", None, "2023"),
         ("enterprises", "120", "count", False, "Haidong", None, "2023")],
    ),
    (
        "Qinghai's exports were 6 billion yuan and 8 billion yuan in 2022 and 2023, "
        "respectively.",
        [("exports", "6000000000", "CNY", False, "Qinghai", None, "2022"),
         ("exports", "8000000000", "CNY", False, "Qinghai", None, "2023")],
    ),
    # the year the counted enterprises were set up in is the count's period (a founding year
    # of something else is not: "the zone, established in 2010, ...")
    (
        "In Xining, 14 foreign-funded enterprises were established in 2023.",
        [("enterprises", "14", "count", False, "Xining", None, "2023")],
    ),
    # a conversion into another currency after ", about" or a dash is no second figure
    (
        "Qinghai's exports reached 6.5 billion yuan, about 0.9 billion U.S. dollars, in 2023.",
        [("exports", "6500000000", "CNY", False, "Qinghai", None, "2023")],
    ),
    (
        "Qinghai's exports reached 6.5 billion yuan in 2023, equivalent to 0.9 billion dollars.",
        [("exports", "6500000000", "CNY", False, "Qinghai", None, "2023")],
    ),
    # "with 20 projects signed": the count the signing gives; "Laos' exports": a possessive
    # of a name ending in s; "A is B's largest trading partner, with bilateral trade of X": A's
    (
        "Gansu held an investment fair in Lanzhou on Monday, with 20 projects signed and a "
        "total investment of 3 billion yuan.",
        [("projects", "20", "count", False, "Gansu", None, None),
         ("investment", "3000000000", "CNY", False, "Gansu", None, None)],
    ),
    (
        "Laos' exports to Thailand grew 20 percent in 2023.",
        [("exports", "20", "percent", True, "Laos", "Thailand", "2023")],
    ),
    (
        "China is Laos' largest trading partner, with bilateral trade totaling 7 billion "
        "dollars in 2023.",
        [("trade", "7000000000", "USD", False, "China", None, "2023")],
    ),
    # goods exported or imported "worth" an amount are the flow; a verb of actual use is
    # foreign capital used
    (
        "Qinghai exported goods worth 3 billion yuan in 2023.",
        [("exports", "3000000000", "CNY", False, "Qinghai", None, "2023")],
    ),
    (
        "In the first half of 2024, Gansu actually utilized 1.5 billion U.S. dollars, up 12 "
        "percent year on year.",
        [("foreignInvestment", "1500000000", "USD", False, "Gansu", None, "2024-01/2024-06"),
         ("foreignInvestment", "12", "percent", True, "Gansu", None, "2024-01/2024-06")],
    ),
    # "from the same period last year" is the base of the change, not its period
    (
        "In the first quarter of 2023, Qinghai's exports totaled 3 billion yuan, down 6.2 "
        "percent from the same period last year.",
        [("exports", "3000000000", "CNY", False, "Qinghai", None, "2023-Q1"),
         ("exports", "-6.2", "percent", True, "Qinghai", None, "2023-Q1")],
    ),
    (
        "The number of projects signed at the 3rd Lotus Valley Expo and the total "
        "investment involved rose 46 percent and 64 percent respectively from last year.",
        [("projects", "46", "percent", True, "3rd Lotus Valley Expo", None, None),
         ("investment", "64", "percent", True, "3rd Lotus Valley Expo", None, None)],
    ),
    # "pct", "H1", "Q3 2022", "$1.5bn", "USD9.74b", "the second half of 2021"
    (
        "Gansu's foreign trade rose 12 pct in H1.",
        [("trade", "12", "percent", True, "Gansu", None, "2024-01/2024-06")],
    ),
    (
        "In Q3 2022, Yunnan's imports reached $1.5bn.",
        [("imports", "1500000000", "USD", False, "Yunnan", None, "2022-Q3")],
    ),
    (
        "From January to April 2010, Jiangsu's actual use of foreign capital reached "
        "USD9.74b.",
        [("foreignInvestment", "9740000000", "USD", False, "Jiangsu", None,
          "2010-01/2010-04")],
    ),
    (
        "Exports of Guizhou in the second half of 2021 grew 9 percent.",
        [("exports", "9", "percent", True, "Guizhou", None, "2021-07/2021-12")],
    ),
    # "U.S." of a conversion's "U.S. dollars" is no place named
    (
        "Shanxi Province opened a new port.\nThe province's total import and export value "
        "hit 36.5 billion yuan (about 5.4 billion U.S. dollars) in 2023, up 13.7 percent "
        "year on year.",
        [("trade", "36500000000", "CNY", False, "Shanxi Province", None, "2023"),
         ("trade", "13.7", "percent", True, "Shanxi Province", None, "2023")],
    ),
    # a source is not whose figure it is
    (
        "Ningxia held a fair.\nAccording to the customs of Yinchuan, exports rose 5.9 "
        "percent in 2023.",
        [("exports", "5.9", "percent", True, "Ningxia", None, "2023")],
    ),
    # the largest trading partner is traded with
    (
        "Vietnam remained Guangxi's largest trading partner, with bilateral trade totaling "
        "20 billion yuan in 2023.",
        [("trade", "20000000000", "CNY", False, "Guangxi", "Vietnam", "2023")],
    ),
    # "central China's Hubei Province": the country only places the province
    (
        "Foreign trade of central China's Hubei Province grew 7.9 pct in 2023.",
        [("trade", "7.9", "percent", True, "Hubei Province", None, "2023")],
    ),
    # the nearest possessive says whose
    (
        "Lanzhou accounted for 80% of Gansu's foreign trade, and Tianshui's foreign trade "
        "value reached 84 million yuan in 2023.",
        [("trade", "84000000", "CNY", False, "Tianshui", None, "2023")],
    ),
    # a surplus is no indicator; "of which X was exported" names its own
    (
        "In 2023, Tibet's exports reached 351 million yuan, with a trade surplus of 161 "
        "million yuan.",
        [("exports", "351000000", "CNY", False, "Tibet", None, "2023")],
    ),
    (
        "In 2023, Tibet's foreign trade was 541 million yuan, of which 351 million yuan "
        "was exported.",
        [("trade", "541000000", "CNY", False, "Tibet", None, "2023"),
         ("exports", "351000000", "CNY", False, "Tibet", None, "2023")],
    ),
    # a change from the month before is that month's change too (docs/facts-gold.md: a
    # change is any growth or increase; the real gold counts "down 0.3% from May")
    (
        "In June 2023, Fujian's exports were 67 billion yuan, up 3.8% from May.",
        [("exports", "67000000000", "CNY", False, "Fujian", None, "2023-06"),
         ("exports", "3.8", "percent", True, "Fujian", None, "2023-06")],
    ),
    (
        "In June 2023, Fujian's imports were 35.61 billion yuan, up 34.3% YOY, and down 7.3% "
        "from May.",
        [("imports", "35610000000", "CNY", False, "Fujian", None, "2023-06"),
         ("imports", "34.3", "percent", True, "Fujian", None, "2023-06"),
         ("imports", "-7.3", "percent", True, "Fujian", None, "2023-06")],
    ),
    # deals signed at an event, its name after the values
    (
        "A total of 638 projects, with a total investment of 73.5 billion yuan (about 10.3 "
        "billion U.S. dollars), were inked at the 3rd Lotus Valley Expo held in Hefei, "
        "east China's Anhui Province.",
        [("projects", "638", "count", False, "3rd Lotus Valley Expo", None, None),
         ("investment", "73500000000", "CNY", False, "3rd Lotus Valley Expo", None, None)],
    ),
    # a part of the total signed before is not a figure of its own
    (
        "Hechi signed five projects worth 9 billion yuan in 2023. Among the projects, one "
        "was signed in Nanning, with a total investment of 5 billion yuan.",
        [("projects", "5", "count", False, "Hechi", None, "2023"),
         ("investment", "9000000000", "CNY", False, "Hechi", None, "2023")],
    ),
    # more verbs of change; "rose to" gives a level
    (
        "In 2023, Henan's exports gained 7 percent, while its imports dipped 2.5 percent.",
        [("exports", "7", "percent", True, "Henan", None, "2023"),
         ("imports", "-2.5", "percent", True, "Henan", None, "2023")],
    ),
    (
        "In 2023, Hunan's exports rose to 5 billion yuan.",
        [("exports", "5000000000", "CNY", False, "Hunan", None, "2023")],
    ),
    (
        "In the first half of 2017, Fujian Province achieved export-import value of 572.81 "
        "billion yuan.",
        [("trade", "572810000000", "CNY", False, "Fujian Province", None,
          "2017-01/2017-06")],
    ),
]


MARKS_PARTS_AND_LISTS = [
    # "imports and exports with A and B ... respectively" is one measure, trade
    (
        "In 2023, Shaanxi's imports and exports with Japan and Germany grew by 8 percent and "
        "3 percent, respectively.",
        [("trade", "8", "percent", True, "Shaanxi", "Japan", "2023"),
         ("trade", "3", "percent", True, "Shaanxi", "Germany", "2023")],
    ),
    # a mark passed, and a bound before the figure itself, are no figures
    (
        "In 2023, Wuxi's foreign trade grew 2.4 percent to 3.05 trillion yuan, surpassing "
        "the 3 trillion yuan mark for the first time.",
        [("trade", "2.4", "percent", True, "Wuxi", None, "2023"),
         ("trade", "3050000000000", "CNY", False, "Wuxi", None, "2023")],
    ),
    (
        "In 2023, the foreign trade value of Kunshan surpassed 200 billion yuan and reached "
        "210.8 billion yuan.",
        [("trade", "210800000000", "CNY", False, "Kunshan", None, "2023")],
    ),
    # many unnamed owners; a part's total after its share
    (
        "Last year, the foreign trade volume of a total of 16 Chinese cities surpassed 500 "
        "billion yuan, with 9 cities topping 700 billion yuan.",
        [],
    ),
    (
        "The secondary industry accounted for 83.61 percent of all deals signed at the 2nd "
        "Lotus Valley Expo, totaling 809.25 billion yuan.",
        [],
    ),
    # "trade between A and B": A's, with B
    (
        "Trade volume between Yunnan and Laos reached nearly 20 billion U.S. dollars in 2023.",
        [("trade", "20000000000", "USD", False, "Yunnan", "Laos", "2023")],
    ),
    # "respectively" over the areas listed
    (
        "In 2023, the total foreign trade volume for Wuxi and Changzhou, two cities of "
        "Jiangsu province, reached 2.32 trillion yuan and 2.22 trillion yuan respectively.",
        [("trade", "2320000000000", "CNY", False, "Wuxi", None, "2023"),
         ("trade", "2220000000000", "CNY", False, "Changzhou", None, "2023")],
    ),
    # "Its ...", "The city's ...": the last figure's area
    (
        "In 2023, Kunshan's foreign trade grew by 1.9 percent to 32.16 billion yuan. Its "
        "exports rose 4 percent to 17.93 billion yuan.",
        [("trade", "1.9", "percent", True, "Kunshan", None, "2023"),
         ("trade", "32160000000", "CNY", False, "Kunshan", None, "2023"),
         ("exports", "4", "percent", True, "Kunshan", None, None),
         ("exports", "17930000000", "CNY", False, "Kunshan", None, None)],
    ),
    (
        "Jiangsu Province held a fair in May.\nIn 2023, Wuxi's foreign trade grew 2.3 "
        "percent. The city's imports rose 3.8 percent to 2.11 billion yuan.",
        [("trade", "2.3", "percent", True, "Wuxi", None, "2023"),
         ("imports", "3.8", "percent", True, "Wuxi", None, None),
         ("imports", "2110000000", "CNY", False, "Wuxi", None, None)],
    ),
    # "X worth of imports and Y worth of exports, up 3% and 5% respectively"
    (
        "In 2023, Hainan's trade soared to US$94.9 billion worth of imports and US$30.9 "
        "billion worth of exports, up 28.3 percent and 49.5 percent respectively.",
        [("imports", "94900000000", "USD", False, "Hainan", None, "2023"),
         ("exports", "30900000000", "USD", False, "Hainan", None, "2023"),
         ("imports", "28.3", "percent", True, "Hainan", None, "2023"),
         ("exports", "49.5", "percent", True, "Hainan", None, "2023")],
    ),
    # "a 22.4-percent growth"
    (
        "In 2023, Chengdu saw a foreign trade volume worth 715.42 billion yuan, registering "
        "a 22.4-percent growth year-on-year.",
        [("trade", "715420000000", "CNY", False, "Chengdu", None, "2023"),
         ("trade", "22.4", "percent", True, "Chengdu", None, "2023")],
    ),
    # the year of a former edition is no period
    (
        "Deals worth 96 billion yuan were signed at the 7th Lotus Valley Expo, three times "
        "the figure of the last expo held in 2018.",
        [("investment", "96000000000", "CNY", False, "7th Lotus Valley Expo", None, None)],
    ),
]


STOCKS_AND_TOTALS = [
    # enterprises counted "so far" are a stock as it stands; projects signed so far or
    # enterprises set up since a year are totals
    (
        "So far, 156 foreign-funded enterprises have been established in the Lotus Hill "
        "Economic Zone.",
        [("enterprises", "156", "count", False, "Lotus Hill Economic Zone", None, None)],
    ),
    ("So far, 156 projects have been signed in the Lotus Hill Economic Zone.", []),
    # "contracts for 20 projects"; the year an expo was first held is no period
    (
        "At the fair, Hunan signed contracts for 20 projects with a total value of 5 billion "
        "yuan.",
        [("projects", "20", "count", False, "Hunan", None, None),
         ("investment", "5000000000", "CNY", False, "Hunan", None, None)],
    ),
    (
        "The 3rd Lotus Valley Expo, first held in 2013, saw deals worth 20 billion yuan "
        "signed.",
        [("investment", "20000000000", "CNY", False, "3rd Lotus Valley Expo", None, None)],
    ),
    (
        "Since 2015, 156 foreign-funded enterprises have been established in the Lotus Hill "
        "Economic Zone.",
        [],
    ),
]


CLAUSES_PARTNERS_AND_SALES = [
    # the value's own clause names whose it is; its trade partner is of that clause;
    # a stock "so far" has no period of the clause before
    (
        "Trade between Yunnan and Laos grew by 18 percent last year, and the Lotus Hill "
        "Economic Zone has so far attracted more than 60 enterprises.",
        [("trade", "18", "percent", True, "Yunnan", "Laos", "2023"),
         ("enterprises", "60", "count", False, "Lotus Hill Economic Zone", None, None)],
    ),
    (
        "Vietnam has been Guangxi's largest trading partner for 25 consecutive years, with "
        "bilateral trade reaching 190 billion yuan in 2023.",
        [("trade", "190000000000", "CNY", False, "Guangxi", "Vietnam", "2023")],
    ),
    # a place of another kind in the own clause leaves whose to the clause before
    (
        "Trade between Fujian and Taiwan totaled RMB 65 billion in 2023; the paid-in Taiwan "
        "investment rose by 53.9%.",
        [("trade", "65000000000", "CNY", False, "Fujian", "Taiwan", "2023"),
         ("foreignInvestment", "53.9", "percent", True, "Fujian", "Taiwan", "2023")],
    ),
    # orders won are sales, not a deal's investment
    (
        "Zhenfeng Apple Trading Co., Ltd. signed an agreement in Almaty and won orders worth "
        "30 million U.S. dollars.",
        [],
    ),
]


DATELINES_EVENTS_ESTIMATES = [
    # a dateline is not whose figure it is; deals signed at the expo are the expo's
    (
        "WUHAN — Deals worth 240 billion yuan were signed at the 4th Lotus Valley Expo, "
        "which concluded on July 24.",
        [("investment", "240000000000", "CNY", False, "4th Lotus Valley Expo", None,
          None)],
    ),
    # "this Wuhan fair" is the document's fair, not the city
    (
        "The 32nd Lotus Valley Fair opened in Wuhan on May 16.\nAt this Wuhan fair, a total "
        "of 50 projects were signed on site.",
        [("projects", "50", "count", False, "32nd Lotus Valley Fair", None, None)],
    ),
    # an estimate, and a total "up to now", are no figures
    (
        "It is estimated that the total amount of contracts signed by Hubei will exceed 200 "
        "billion yuan.",
        [],
    ),
    # "an estimated 6.3 percent" is a preliminary figure
    (
        "With an estimated 6.3 percent year-on-year GDP growth in 2019, Hubei saw its "
        "exports rise.",
        [("gdp", "6.3", "percent", True, "Hubei", None, "2019")],
    ),
    (
        "Up to now, Hubei has signed a total of 224 projects with a contract value of 84 "
        "billion yuan.",
        [],
    ),
]


DEAL_AMOUNTS = [
    # abbreviated and hyphenated amounts in headlines; an amount modifying a signed deal
    (
        "Deals worth record 960 bln yuan inked at 7th Lotus Valley Expo",
        [("investment", "960000000000", "CNY", False, "7th Lotus Valley Expo", None, None)],
    ),
    (
        "In 2023, Zhongshan signed a 20-billion-yuan contract with Lotus Gas Group.",
        [("investment", "20000000000", "CNY", False, "Zhongshan", None, "2023")],
    ),
    (
        "Hunan Lotus Metals Co., Ltd concluded a 1.0 billion yuan research and development "
        "project with Lotus Valley Group.",
        [("investment", "1000000000", "CNY", False, "Hunan Lotus Metals Co., Ltd", None,
          None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    REPORT_FORMS + MARKS_PARTS_AND_LISTS + STOCKS_AND_TOTALS + CLAUSES_PARTNERS_AND_SALES
    + DATELINES_EVENTS_ESTIMATES + DEAL_AMOUNTS,
)
def test_figure_forms(extract, text: str, expected: list[Fig]) -> None:  # type: ignore[no-untyped-def]
    assert extract(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stock a place "boasts" or "is home to"
        ("Kunming now boasts more than 3,500 foreign-invested firms.",
         ("enterprises", "3500", "count", False, "Kunming", None, None)),
        ("Kunming is home to 3,500 foreign-invested enterprises.",
         ("enterprises", "3500", "count", False, "Kunming", None, None)),
        # "U.S." between the count and its verb ends no clause
        ("Twelve Korea-invested projects worth 640 million U.S. dollars were signed in Kunming.",
         ("projects", "12", "count", False, "Kunming", None, None)),
        # nor does the point of a decimal
        ("In 2023, 85 projects worth 20.4 billion yuan were signed in Kunming.",
         ("projects", "85", "count", False, "Kunming", None, "2023")),
    ],
)
def test_counts_a_place_has_or_signs(extract, text: str, expected: Fig) -> None:  # type: ignore[no-untyped-def]
    assert expected in extract(text)


def test_a_size_each_deal_passes_is_no_figure(extract) -> None:  # type: ignore[no-untyped-def]
    found = extract("In 2023, 85 projects worth more than 50 million yuan were signed in Guilin, "
                    "with a combined investment of 20.4 billion yuan.")
    assert ("investment", "20400000000", "CNY", False, "Guilin", None, "2023") in found
    assert not any(f[1] == "50000000" for f in found)


def test_companies_past_a_threshold_are_no_stock(extract) -> None:  # type: ignore[no-untyped-def]
    assert extract("Kunming is home to over 120 foreign-invested companies that have each "
                   "invested at least $20 million.") == []


@pytest.mark.parametrize(
    "text",
    [
        # many unnamed owners: "other provinces"
        "Other provinces and municipalities signed 38 projects at the fair in Kunming, with a "
        "contracted investment of 24.02 billion yuan.",
        "Guizhou, Hunan and other provinces also had 4 projects, with an investment of 5.32 "
        "billion yuan.",
        # companies that came to take part in an event
        "A total of 1,212 companies went to Kunming to participate in the exhibition.",
        # enterprises that signed something: no stock
        "At the fair in Kunming, 4 central enterprises signed a strategic cooperation agreement.",
    ],
)
def test_no_one_area_s_figure(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert extract(text) == []


def test_trade_with_other_countries_stays(extract) -> None:  # type: ignore[no-untyped-def]
    assert ("trade", "5.2", "percent", True, "Yunnan", None, "2023") in extract(
        "In 2023, Yunnan's trade with other countries rose 5.2 percent.")


@pytest.mark.parametrize(
    "text",
    [
        # another currency: its conversion in brackets is no figure of its own
        "With a total investment of over 140 million euros (about 152.6 million U.S. dollars), "
        "the Kunming plant will open.",
        "Kunming signed projects worth 5 billion Hong Kong dollars (about 640 million U.S. "
        "dollars) in 2023.",
    ],
)
def test_another_currency_and_its_conversion(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert extract(text) == []

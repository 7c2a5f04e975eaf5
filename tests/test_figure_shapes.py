"""Figures of shapes the genre writes, read from the parse and the word lists (invented
sentences, real places): the subject after a dateline, "the district" named by its own word,
the base year of a change, counts written as words or after their noun, what a facility is
worth, exports "from" a place, the agent of a launched project."""

from __future__ import annotations

import pytest


# each expected figure: measure, value, unit, change, area, counterpart, period
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the place before the dateline's day and dash is no subject; "X District of Y" is X's
        (
            "HANGZHOU, April 10 -- Lianxi District of Hangzhou signed 48 projects worth 31.6 "
            "billion yuan on Tuesday. Last year, the district's actual use of foreign capital "
            "reached 640 million dollars.",
            [("projects", "48", "count", False, "Lianxi District", None, None),
             ("investment", "31600000000", "CNY", False, "Lianxi District", None, None),
             ("foreignInvestment", "640000000", "USD", False, "Lianxi District", None, "2023")],
        ),
        (
            "WUHAN, March 3 (Xinhua) -- Xiaogan's exports rose 12 percent in 2023.",
            [("exports", "12", "percent", True, "Xiaogan", None, "2023")],
        ),
        # "saw N projects ... signed / being nailed down": the projects a place signed
        (
            "Anhui saw 14 commercial projects totaling 19.9 billion yuan being nailed down at "
            "the summit.",
            [("projects", "14", "count", False, "Anhui", None, None),
             ("investment", "19900000000", "CNY", False, "Anhui", None, None)],
        ),
        (
            "Anhui saw 20 projects worth 5 billion yuan signed at the fair.",
            [("projects", "20", "count", False, "Anhui", None, None),
             ("investment", "5000000000", "CNY", False, "Anhui", None, None)],
        ),
        # "there are (so far / now) N firms in X": a stock it has, in its own clause
        (
            "Heihe is a border city. Heihe has recorded a trade volume of $29.2 billion over the "
            "past two decades and there are so far 1,055 local trading companies in the city.",
            [("enterprises", "1055", "count", False, "Heihe", None, None)],
        ),
        (
            "There are now 300 foreign-funded enterprises in Wuhu.",
            [("enterprises", "300", "count", False, "Wuhu", None, None)],
        ),
        # "up from 260 in 2022": the base's year is not the count's period
        (
            "Zhangye is a city in Gansu. The city now has 320 foreign trade enterprises, up "
            "from 260 in 2022.",
            [("enterprises", "320", "count", False, "Zhangye", None, None)],
        ),
        # "from X in 2022 to Y in 2023" still gives each its own year
        (
            "Foreign trade of Xining rose from 2.4 billion yuan in 2022 to 3.1 billion yuan in "
            "2023.",
            [("trade", "2400000000", "CNY", False, "Xining", None, "2022"),
             ("trade", "3100000000", "CNY", False, "Xining", None, "2023")],
        ),
        # counts written as words, where the place signs, attracts or sets them up
        (
            "Wuzhou attracted twelve foreign-invested enterprises in 2023.",
            [("enterprises", "12", "count", False, "Wuzhou", None, "2023")],
        ),
        (
            "Three projects were signed in Baise, worth 2 billion yuan.",
            [("projects", "3", "count", False, "Baise", None, None),
             ("investment", "2000000000", "CNY", False, "Baise", None, None)],
        ),
        # the count after its noun
        (
            "Newly established foreign-funded enterprises in Hainan numbered 1,936 in 2023, up "
            "29.5 percent.",
            [("enterprises", "1936", "count", False, "Hainan", None, "2023"),
             ("enterprises", "29.5", "percent", True, "Hainan", None, "2023")],
        ),
        # what a facility or project is worth is an investment, of whoever builds it
        (
            "The German chemical group Rheinfeld AG has opened a $250 million production base "
            "in Nanjing.",
            [("investment", "250000000", "USD", False, "Rheinfeld AG", None, None)],
        ),
        (
            "A $1.2 billion petrochemical project by Orvane Chemicals broke ground in Zhanjiang.",
            [("investment", "1200000000", "USD", False, "Orvane Chemicals", None, None)],
        ),
        (
            "The project, with an investment of 500 million U.S. dollars, was launched by "
            "Selvar Energy in Yulin.",
            [("investment", "500000000", "USD", False, "Selvar Energy", None, None)],
        ),
        # what one project is worth
        (
            "Korvell Energy's project in Wuhu is worth 2.3 billion yuan.",
            [("investment", "2300000000", "CNY", False, "Korvell Energy", None, None)],
        ),
        # "exports from X" are X's, not exports to X
        (
            "Exports from the Yangtze River Delta to Africa grew 12 percent in 2023.",
            [("exports", "12", "percent", True, "Yangtze River Delta", None, "2023")],
        ),
        # a region or country that is its clause's subject is whose figure
        (
            "China's Yangtze River Economic Belt saw exports rise 5 percent in 2023.",
            [("exports", "5", "percent", True, "Yangtze River Economic Belt", None, "2023")],
        ),
        (
            "Laos exported 2 billion dollars of goods to China in 2023.",
            [("exports", "2000000000", "USD", False, "Laos", None, "2023")],
        ),
        # "the region": a region the text calls one, not a province listed near the word
        (
            "The Yangtze River Delta is one of China's most dynamic regions, covering "
            "Shanghai, Jiangsu, Zhejiang and Anhui. In 2023, the region's exports reached 1.5 "
            "trillion dollars.",
            [("exports", "1500000000000", "USD", False, "Yangtze River Delta", None, "2023")],
        ),
        # "$300-million"; "set up" is no rise; counts a place sets up
        (
            "Sinoray Motors signed a deal to set up a $300-million assembly plant in Rayong.",
            [("investment", "300000000", "USD", False, "Sinoray Motors", None, None)],
        ),
        (
            "In 2023, Hunan set up 120 foreign-funded enterprises, up 15 percent.",
            [("enterprises", "120", "count", False, "Hunan", None, "2023"),
             ("enterprises", "15", "percent", True, "Hunan", None, "2023")],
        ),
        # foreign capital by other names, in a "respectively" list
        (
            "Zibo's utilization of foreign funds grew 22 percent in 2023.",
            [("foreignInvestment", "22", "percent", True, "Zibo", None, "2023")],
        ),
        (
            "In 2023, Jining's actually used foreign capital and foreign trade grew 12 percent "
            "and 8 percent respectively.",
            [("foreignInvestment", "12", "percent", True, "Jining", None, "2023"),
             ("trade", "8", "percent", True, "Jining", None, "2023")],
        ),
    ],
)
def test_figure_shapes(figures_of, text: str, expected: list[tuple[object, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert figures_of(text) == expected


def test_projects_no_name_claims_are_the_events(figures_of) -> None:  # type: ignore[no-untyped-def]
    """In an article about an event, projects signed that the sentence gives to no one are
    the event's (not the province the article is about); a rate of the province stays its."""
    figures = figures_of(
        "The 3rd Lianshui Machinery Expo opened in Changsha, Hunan Province on Monday. The "
        "Lianshui Machinery Expo is held every two years.\n\n"
        "A total of 45 projects were signed on the first day, with a total investment of 12 "
        "billion yuan.\n\nForeign trade grew 8 percent in 2023."
    )
    assert [(f[0], f[4]) for f in figures] == [
        ("projects", "3rd Lianshui Machinery Expo"),
        ("investment", "3rd Lianshui Machinery Expo"),
        ("trade", "Hunan Province"),
    ]


# shapes of real articles nobody tuned on (issue 19): numbers written loosely, counts whose
# noun follows a list of sectors, a venue building or a place naming a plant as no owner, a
# part of a total (some of the enterprises, one sector's share) as no figure
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a space after the thousands comma
        (
            "Last year, there were 12, 480 new registered companies in Zhuhai.",
            [("enterprises", "12480", "count", False, "Zhuhai", None, "2023")],
        ),
        # "carried out exchanges" moves no goods: the count after it is the province's
        (
            "Qinghai has carried out exchanges with 40 countries and established 36 "
            "enterprises in 12 countries.",
            [("enterprises", "36", "count", False, "Qinghai", None, None)],
        ),
        # a list of sectors between the number and its noun; the rate after it is the count's
        (
            "In 2023, a total of 64 new energy, new material, and biomedical enterprises were "
            "founded in Kunshan, up 40 percent year on year.",
            [("enterprises", "64", "count", False, "Kunshan", None, "2023"),
             ("enterprises", "40", "percent", True, "Kunshan", None, "2023")],
        ),
        (
            "Gansu Province witnessed the signing of overall 30 major projects on Monday.",
            [("projects", "30", "count", False, "Gansu Province", None, None)],
        ),
        # the exhibition centre deals are signed at is the setting, not whose they are
        (
            "Agreements on 20 projects totaling 8 billion yuan were signed at the Nanning "
            "International Convention and Exhibition Center in Guangxi.",
            [("projects", "20", "count", False, "Guangxi", None, None),
             ("investment", "8000000000", "CNY", False, "Guangxi", None, None)],
        ),
        # "the Changzhou plant": the company's, named before
        (
            "Tianma Bearing Company is a leading maker of bearings. The Changzhou plant covers "
            "40,000 square meters, with a total investment of US$60 million.",
            [("investment", "60000000", "USD", False, "Tianma Bearing Company", None, None)],
        ),
        # some of the enterprises; one sector's part of the whole
        (
            "Four of the new foreign-funded enterprises in Wuxi have a total investment of 200 "
            "million US dollars.",
            [],
        ),
        (
            "Wuxi's foreign investment reached 3 billion US dollars in 2023, and 900 million US "
            "dollars went to the service industry.",
            [("foreignInvestment", "3000000000", "USD", False, "Wuxi", None, "2023")],
        ),
    ],
)
def test_new_text_shapes(figures_of, text: str, expected: list[tuple[object, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert figures_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a throughput in the clause before is not this clause's: its trade is a figure
        (
            "Qinzhou Port handled 6 million containers last year, and its foreign trade grew "
            "18 percent.",
            [("trade", "18", "percent", True, "Qinzhou Port", None, "2023")],
        ),
        # "the company" of the value's own clause is whose, not the place of the clause before
        (
            "Shandong Province signed a deal with Tesla on Monday, and the company will invest "
            "5 billion yuan in a new plant there.",
            [("investment", "5000000000", "CNY", False, "Tesla", None, None)],
        ),
        # counts of projects contracted or secured; a dollar amount before its noun
        (
            "Shaanxi Province contracted 78 foreign-funded projects in 2023.",
            [("projects", "78", "count", False, "Shaanxi Province", None, "2023")],
        ),
        (
            "Yantai secured 25 projects from South Korean companies on Tuesday.",
            [("projects", "25", "count", False, "Yantai", None, None)],
        ),
        (
            "Last year, Tesla made a 500 million US dollar investment in its Shanghai factory.",
            [("investment", "500000000", "USD", False, "Tesla", None, "2023")],
        ),
        # rates "respectively" after a count and an amount no indicator measures: the count's
        # rate only; a base "compared with the amount of the end of last year" is no period
        (
            "In 2023, Wuxi registered 3,200 new enterprises and 150 billion yuan of new capital, "
            "up 12 percent and 20 percent respectively.",
            [("enterprises", "3200", "count", False, "Wuxi", None, "2023"),
             ("enterprises", "12", "percent", True, "Wuxi", None, "2023")],
        ),
        (
            "In the first quarter, there were 2,300 new companies with 40 billion yuan of "
            "registered capital in Nansha, up 30 percent and 45 percent, respectively, compared "
            "with the amount of the end of last year.",
            [("enterprises", "2300", "count", False, "Nansha", None, "2024-Q1"),
             ("enterprises", "30", "percent", True, "Nansha", None, "2024-Q1")],
        ),
        # currencies: "Rmb", "renminbi" are yuan; Hong Kong or Singapore dollars are no unit of
        # an indicator, and their conversion in brackets is no figure either
        (
            "Shenzhen's exports reached Rmb 2.4 trillion in 2023.",
            [("exports", "2400000000000", "CNY", False, "Shenzhen", None, "2023")],
        ),
        (
            "Suzhou's imports reached 1.1 trillion renminbi in 2023.",
            [("imports", "1100000000000", "CNY", False, "Suzhou", None, "2023")],
        ),
        (
            "Last year, Sun Hung Kai invested HK$2 billion (US$256 million) in Shenzhen.",
            [],
        ),
        # a total "since" after the value; deals still to be signed, and their value
        ("Yunnan has signed 500 projects in total since the fair was launched.", []),
        (
            "Yunnan will sign 80 projects with a total investment of 60 billion yuan at the "
            "expo.",
            [],
        ),
        # a record "since" is no total since: the year's figure
        (
            "Hunan's foreign trade reached 600 billion yuan in 2023, the highest since 2015.",
            [("trade", "600000000000", "CNY", False, "Hunan", None, "2023")],
        ),
        (
            "Hunan's exports grew 12 percent in 2023, the fastest growth since 2017.",
            [("exports", "12", "percent", True, "Hunan", None, "2023")],
        ),
        # a year of an aside or of what came before is no period of the value outside it
        (
            "Hubei, which set up a free trade zone in 2017, saw exports grow 10 percent.",
            [("exports", "10", "percent", True, "Hubei", None, None)],
        ),
        # (an aside with a value of its own shares its year with the main clause's value)
        (
            "Hunan's foreign trade, which rose 10 percent in 2023, reached 600 billion yuan.",
            [("trade", "10", "percent", True, "Hunan", None, "2023"),
             ("trade", "600000000000", "CNY", False, "Hunan", None, "2023")],
        ),
        (
            "After the RCEP took effect in 2022, Hubei's exports to ASEAN grew 10 percent.",
            [("exports", "10", "percent", True, "Hubei", "ASEAN", None)],
        ),
        # an average per head or per project; fixed-asset investment (a statistic, no deals)
        ("Sichuan's per capita GDP reached 70,000 yuan in 2023.", []),
        ("Sichuan's GDP per capita reached 70,000 yuan in 2023.", []),
        ("The average investment per project reached 500 million yuan in Sichuan in 2023.", []),
        ("In 2023, Sichuan's fixed-asset investment grew 4 percent.", []),
        # "while those to X": X is the second rate's partner
        (
            "Guangdong's exports to the US dropped 8 percent, while those to ASEAN rose 12 "
            "percent.",
            [("exports", "-8", "percent", True, "Guangdong", "US", None),
             ("exports", "12", "percent", True, "Guangdong", "ASEAN", None)],
        ),
        # "approved the establishment of N firms"
        (
            "Guangdong approved the establishment of 25,000 new foreign-invested firms last "
            "year, up 30 percent.",
            [("enterprises", "25000", "count", False, "Guangdong", None, "2023"),
             ("enterprises", "30", "percent", True, "Guangdong", None, "2023")],
        ),
        # "Wuxi's Xishan District", "Jiangsu Province's Nantong city": the place placed is whose
        (
            "Wuxi's Xishan District signed 12 projects worth 9 billion yuan with firms from "
            "Hong Kong.",
            [("projects", "12", "count", False, "Xishan District", None, None),
             ("investment", "9000000000", "CNY", False, "Xishan District", None, None)],
        ),
        (
            "Jiangsu Province's Nantong city signed 15 projects with Japanese firms.",
            [("projects", "15", "count", False, "Nantong city", None, None)],
        ),
        # "Located in X, the zone ...": X is where the subject is
        (
            "Located in Jiangsu's Kunshan, the Kunshan Economic and Technological Development "
            "Zone saw its foreign trade reach 500 billion yuan in 2023.",
            [("trade", "500000000000", "CNY", False,
              "Kunshan Economic and Technological Development Zone", None, "2023")],
        ),
        # "exporters" names no exports; deals of an expo "held three times" are their sum
        ("Hunan issued 1,200 certificates of origin worth 4 billion yuan to exporters in 2023.",
         []),
        (
            "The China-Africa Economic and Trade Expo has been held three times, with deals "
            "worth 50 billion US dollars signed in total.",
            [],
        ),
        # a target is no figure, of investment too ("plans to invest" is agreed)
        ("Guangxi aims to attract 100 billion yuan of investment by 2025.", []),
        ("Guangxi has set a target of 100 billion yuan of investment for 2025.", []),
        # an aim that does not govern the value leaves it a figure
        (
            "Guangxi, aiming to become a hub, signed 30 projects worth 20 billion yuan in 2023.",
            [("projects", "30", "count", False, "Guangxi", None, "2023"),
             ("investment", "20000000000", "CNY", False, "Guangxi", None, "2023")],
        ),
        # the city an unnamed conference was held in does not own the deals signed at it
        (
            "Anhui Province held an investment conference on Monday. A total of 120 projects "
            "with total investment of 90 billion yuan were signed at the conference held in "
            "Hefei.",
            [],
        ),
    ],
)
def test_not_this_clause(figures_of, text: str, expected: list[tuple[object, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert figures_of(text) == expected

"""Figure shapes of real news text, through the real pipeline (invented sentences and names):
a period opened by "over", targets, totals "by" a year, a zone described by its kind, where a
company is based, a dateline with its country."""

from __future__ import annotations

import pytest

FTZ = ("HARBIN — China's westernmost pilot free trade zone (FTZ), located in Northwest "
       "China's Gansu province, had seen 3,100 enterprises established by July this year. The "
       "commerce department said that as of July, a total of 127 projects, with an investment "
       "of 93.86 billion yuan ($13.95 billion), had been signed in the FTZ. The Gansu pilot FTZ "
       "has three sub-areas. The Jiuquan sub-area has this year imported 290 million yuan of "
       "electricity from Mongolia.")
BONDED = ("The comprehensive bonded area in Hotan Prefecture, the only one of its kind in "
          "Xinjiang Uygur Autonomous Region, posted robust trade growth in the first half of this "
          "year. Trade volume soared 3.4-fold year on year to total 230 million yuan in H1 in the "
          "zone, customs data showed. Starting operation in early 2016, the Hotan comprehensive "
          "bonded area is one of three such areas.")


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # "over" opening the clause says when; after a value it is a base
        ("Officials of Hunan Province met the visitors. The customs office said that over the "
         "first half of 2023 the province's trade with Brazil increased by 15.9%.", "2024-05-20",
         [("trade", "15.9", "percent", True, "Hunan Province", "Brazil", "2023-01/2023-06")]),
        ("Over the first quarter, Hunan's exports rose 12.5 percent to 80.2 billion yuan.",
         "2024-05-20",
         [("exports", "12.5", "percent", True, "Hunan", None, "2024-Q1"),
          ("exports", "80200000000", "CNY", False, "Hunan", None, "2024-Q1")]),
        ("Hunan's exports in the second half of 2023 were 30 billion yuan, up 5 percent over "
         "the first half.", "2024-05-20",
         [("exports", "30000000000", "CNY", False, "Hunan", None, "2023-07/2023-12"),
          ("exports", "5", "percent", True, "Hunan", None, "2023-07/2023-12")]),
        # a target is no figure; what was reached before it is
        ("In February 2022, Chile and China adopted a roadmap to increase bilateral trade in "
         "goods and services to $100 billion by 2025.", "2024-05-20", []),
        ("The minister called for efforts to raise Chile-Hunan trade turnover to US$3 billion.",
         "2024-05-20", []),
        ("Hunan's foreign trade reached 600 billion yuan in 2023, and the province aims to raise "
         "it to 800 billion yuan by 2027.", "2024-05-20",
         [("trade", "600000000000", "CNY", False, "Hunan", None, "2023")]),
        ("Hunan's trade with Chile increased to $5 billion in 2023, up 8 percent.", "2024-05-20",
         [("trade", "5000000000", "USD", False, "Hunan", "Chile", "2023"),
          ("trade", "8", "percent", True, "Hunan", "Chile", "2023")]),
        # a total up to a year
        ("By 2015, a total of 9,000 German-invested enterprises have been opened in Hunan with "
         "the investment amounting to $13.55 billion.", "2024-05-20", []),
        # the FTZ described and abbreviated is the named FTZ, not its sub-area
        (FTZ, "2020-09-01",
         [("enterprises", "3100", "count", False, "Gansu pilot FTZ", None, None),
          ("projects", "127", "count", False, "Gansu pilot FTZ", None, "2020-07"),
          ("investment", "93860000000", "CNY", False, "Gansu pilot FTZ", None, "2020-07"),
          ("imports", "290000000", "CNY", False, "Jiuquan sub-area", None, "2020")]),
        # "the zone" with no place of its own sentence: the document's one zone
        (BONDED, "2020-08-29",
         [("trade", "230000000", "CNY", False, "Hotan comprehensive bonded area", None,
           "2020-01/2020-06")]),
        # a place that says where a company is based is not whose the figure is
        ("Portland, Oregon-based Verdane Systems upped its investment for the second time in "
         "the park, adding US$70 million to build a research center.", "2024-05-20",
         [("investment", "70000000", "USD", False, "Verdane Systems", None, None)]),
        ("Lyon-based Corvel Group decided to invest US$35 million in the Wuxi park.",
         "2024-05-20", [("investment", "35000000", "USD", False, "Corvel Group", None, None)]),
        # a dateline with its country owns nothing
        ("TAIZHOU, China, Nov. 14, 2022 /PRNewswire/ -- The inking of agreements for 41 key "
         "projects supported by foreign investment took place recently at an online ceremony.",
         "2022-11-14", []),
    ],
)
def test_figure_scope_shapes(figures_of, text: str, date: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert sorted(figures_of(text, date)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stock "by" a month has no period; "as of" a month is that month's
        ("Starting operation in early 2016, the Hotan Export Processing Zone had 60 registered "
         "firms by the end of June.",
         [("enterprises", "60", "count", False, "Hotan Export Processing Zone", None, None)]),
        ("Hunan had seen 2,200 enterprises established by July this year.",
         [("enterprises", "2200", "count", False, "Hunan", None, None)]),
        ("As of June, 322 foreign-invested enterprises have been established in the Gansu "
         "Pilot Free Trade Zone.",
         [("enterprises", "322", "count", False, "Gansu Pilot Free Trade Zone", None, "2020-06")]),
        # the base a multiple is measured from is no period
        ("Imports climbed over 150 percent to top 120 million yuan in Hunan, while exports "
         "exceeded 110 million yuan, nearly nine times the figure from H1 2019.",
         [("imports", "150", "percent", True, "Hunan", None, None),
          ("imports", "120000000", "CNY", False, "Hunan", None, None),
          ("exports", "110000000", "CNY", False, "Hunan", None, None)]),
        # the combined stock of many firms is no figure; their count is
        ("Besides, there are more than 1,000 EU-invested enterprises in Hunan, with the combined "
         "paid-in foreign investment exceeding USD 4 billion.",
         [("enterprises", "1000", "count", False, "Hunan", None, None)]),
        # where a project is based is not whose it is
        ("At the same day, Corvel Group's hydrogen energy project based in Jiaxing with a total "
         "investment of $1 billion dollars was officially started.",
         [("investment", "1000000000", "USD", False, "Corvel Group", None, None)]),
    ],
)
def test_stocks_bases_and_settings(figures_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert sorted(figures_of(text, "2020-08-29")) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # new enterprises a place "saw" are ones it gained
        ("Last year, Hunan saw 187 newly-established foreign-funded enterprises, up 18.7 "
         "percent year on year.",
         [("enterprises", "187", "count", False, "Hunan", None, "2023"),
          ("enterprises", "18.7", "percent", True, "Hunan", None, "2023")]),
        ("In 2022, Gansu welcomed 96 new foreign-invested companies.",
         [("enterprises", "96", "count", False, "Gansu", None, "2022")]),
        # what an event saw is who came, no stock
        ("Hunan's expo saw 300 enterprises from 20 countries.", []),
    ],
)
def test_new_enterprises_a_place_saw(figures_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert sorted(figures_of(text, "2024-05-20")) == sorted(expected)


def test_a_headline_round_number_the_body_passes_is_its_copy(figures_of) -> None:  # type: ignore[no-untyped-def]
    text = ("Hunan sees foreign capital in actual use exceed USD5 bln in 2023\n"
            "Central China's Hunan Province saw the actual use of foreign capital hit 5.27 "
            "billion U.S. dollars in 2023, said the local government on Tuesday.")
    assert figures_of(text, "2024-01-28") == [
        ("foreignInvestment", "5270000000", "USD", False, "Hunan Province", None, "2023")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "trade" among the listed modifiers of counted activities measures nothing
        ("Hunan also supported the consulates in organizing 27 economic, trade, and cultural "
         "exchange activities, representing an 8% increase from last year.", []),
        # a count of places before a measure of their own is no modifier of it
        ("Hunan's 14 cities saw exports grow 6.1 percent in 2023.",
         [("exports", "6.1", "percent", True, "Hunan", None, "2023")]),
    ],
)
def test_a_measure_word_describing_counted_things(figures_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert sorted(figures_of(text, "2024-05-20")) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "X is Y's third such zone": Y's ranks X, X owns what it has
        ("Starting operation in early 2016, the Hotan Export Processing Zone is Xinjiang's "
         "third such zone, and had 60 registered firms by the end of June.",
         [("enterprises", "60", "count", False, "Hotan Export Processing Zone", None, None)]),
        ("Suzhou is Jiangsu's largest city, with 1,200 foreign-funded enterprises.",
         [("enterprises", "1200", "count", False, "Suzhou", None, None)]),
    ],
)
def test_a_ranking_possessive_owns_nothing(figures_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert sorted(figures_of(text, "2020-08-29")) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ", home to N ... enterprises": the stock of the place before it
        ("The city of Weihai, home to 6000 South Korean small and medium enterprises, is a port.",
         [("enterprises", "6000", "count", False, "Weihai", None, None)]),
        ("Weihai, home to 600 foreign-funded enterprises, is a port city.",
         [("enterprises", "600", "count", False, "Weihai", None, None)]),
    ],
)
def test_home_to_enterprises(figures_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert sorted(figures_of(text, "2020-08-29")) == sorted(expected)


def test_a_zones_own_news_is_about_the_zone(figures_of) -> None:  # type: ignore[no-untyped-def]
    text = ("Western Gansu's only comprehensive bonded area sees soaring H1 trade\n"
            "The comprehensive bonded area in Jiuquan, the only one of its kind in western Gansu "
            "Province, posted robust trade growth in the first half of this year. Imports climbed "
            "over 150 percent to top 120 million yuan, while exports exceeded 110 million yuan. "
            "Starting operation in early 2016, the Jiuquan comprehensive bonded area had 60 "
            "registered firms by the end of June.")
    zone = "Jiuquan comprehensive bonded area"
    assert sorted(figures_of(text, "2020-08-29")) == sorted([
        ("imports", "150", "percent", True, zone, None, None),
        ("imports", "120000000", "CNY", False, zone, None, None),
        ("exports", "110000000", "CNY", False, zone, None, None),
        ("enterprises", "60", "count", False, zone, None, None)])


def test_a_provinces_news_naming_a_zone_stays_the_provinces(figures_of) -> None:  # type: ignore[no-untyped-def]
    text = ("Gansu's foreign trade grows in H1\n"
            "Gansu Province's imports climbed 15 percent in the first half of this year. The "
            "Jiuquan comprehensive bonded area opened in 2016.")
    assert figures_of(text, "2020-08-29") == [
        ("imports", "15", "percent", True, "Gansu Province", None, "2020-01/2020-06")]

"""kg.extract.facts.figure_scope: a figure is kept only with a clear area, indicator and period
(invented sentences, the real pipeline)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract import Extractor
from kg.extract.gazetteer import Gazetteer
from kg.model import Document

Fig = tuple[str, str, str, str, str | None]  # measure, value, unit, area, period


@pytest.fixture(scope="module")
def extract(nlp: Language, gazetteer: Gazetteer):  # type: ignore[no-untyped-def]
    extractor = Extractor(nlp, gazetteer)

    def run(text: str, date: str | None = "2024-05-20") -> list[Fig]:
        doc = Document("d", "d.txt", text, "0" * 64, date=date)
        ex = extractor(nlp(text), doc)
        return [(f.measure, f.value, f.unit, ex.mentions[f.area].text, f.period)
                for f in ex.figures]

    return run


@pytest.mark.parametrize(
    "text",
    [
        # totals over several periods
        "Since 2016, Hunan has attracted foreign investment of US$ 12 billion.",
        "Over the past five expos, deals worth RMB 80 billion were signed in Hunan.",
        "Collectively, Hunan's exporters shipped goods worth RMB 20 billion in exports.",
        "Hunan previously attracted foreign investment of US$ 3 billion.",
        "Under a three-year programme, Hunan invested RMB 9 billion in its ports.",
        # thresholds, forecasts and targets
        "In 2023, Hunan approved foreign investment of at least RMB 100 million each.",
        "Hunan's exports are expected to reach RMB 700 billion in 2025.",
        "Hunan aims to raise its foreign trade to RMB 800 billion in 2025.",
        "The plant is likely to lift Hunan's exports to US$ 40 billion in future.",
        "Since July 2016, Hunan has signed projects with a total investment of RMB 90 billion.",
        "Previously, Hunan had attracted foreign investment of US$ 3 billion in total.",
        "Hunan has held five machinery expos, and seen deals worth RMB 80 billion signed.",
        "Zhenghua Motor Co., Ltd. started a three-year, $100 million investment program in "
        "Hunan.",
        "Between 2018 and 2023, Hunan's exports totalled RMB 2 trillion.",
        "Hunan's trade with Laos totalled RMB 60 billion from 2015 to May this year.",
        # another edition of the event
        "Last year's Hunan machinery expo saw contracts worth RMB 8 billion signed.",
        "At the previous session of the fair, Hunan signed 30 projects.",
        "Hunan's trade with Laos totalled RMB 60 billion from 2015 to the end of 2023.",
        # deals still to be signed
        "A total of 273 intent projects will be signed during the ongoing 3rd Xiangjiang "
        "Machinery Expo, which opened in Hunan on Thursday.",
        # whom a delegation visited is no count of a place's enterprises
        "In 2023, the Hunan delegation visited Laos, including 14 enterprises.",
        # the sentence after a total since a year, with no period of its own, is part of it
        "Since 2017, Hunan's total import and export volume has reached 116 billion yuan. "
        "Hunan's imports from and exports to Laos have soared to a total of 33 billion yuan.",
    ],
)
def test_not_one_periods_figure(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert extract(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a conversion in brackets or after "or" is not a second figure
        ("In 2023, Hunan's exports reached RMB 30 billion (about US$ 4.2 billion).",
         [("exports", "30000000000", "CNY", "Hunan", "2023")]),
        ("In 2023, Hunan's exports reached RMB 30 billion, or US$ 4.2 billion.",
         [("exports", "30000000000", "CNY", "Hunan", "2023")]),
        # "trade" in a name or before "enterprises" is not the trade indicator
        ("In 2023, Hunan signed trade deals worth RMB 2 billion.",
         [("investment", "2000000000", "CNY", "Hunan", "2023")]),
        # deal values and contracted amounts have no usual keyword
        ("In 2023, the contracted amount in Hunan stood at US$ 5 billion.",
         [("investment", "5000000000", "USD", "Hunan", "2023")]),
        # "from X to Y": both levels; X of its own year only, Y of the sentence's
        ("Hunan's exports rose from RMB 50 billion to RMB 60 billion in 2023.",
         [("exports", "50000000000", "CNY", "Hunan", None),
          ("exports", "60000000000", "CNY", "Hunan", "2023")]),
        ("Hunan's exports rose from 50 million U.S. dollars in 2004 to 70 million in 2009.",
         [("exports", "50000000", "USD", "Hunan", "2004")]),
        # one currency for two amounts; a sentence cut after "U.S." read whole
        ("In 2009, Hunan's trade with Laos rose from 700 million to 2.1 billion U.S. dollars.",
         [("trade", "700000000", "USD", "Hunan", None),
          ("trade", "2100000000", "USD", "Hunan", "2009")]),
        # capitals (as in a headline), and whose figure named after the value
        ("12 projects were signed at the 3rd Xiangjiang Machinery Expo, with a Total Value "
         "of 4.5 Billion Yuan.",
         [("projects", "12", "count", "3rd Xiangjiang Machinery Expo", None),
          ("investment", "4500000000", "CNY", "3rd Xiangjiang Machinery Expo", None)]),
        # a passive's agent is whose figure; a planned investment is a figure
        ("In 2023, 2 billion US dollars were invested in the plant by Zhenghua Motor Co., Ltd.",
         [("investment", "2000000000", "USD", "Zhenghua Motor Co., Ltd.", "2023")]),
        ("Zhenghua Motor Co., Ltd. plans to invest US$ 3 billion in a plant in Changsha.",
         [("investment", "3000000000", "USD", "Zhenghua Motor Co., Ltd.", None)]),
        # stocks "as of" a month; "the first four months this year"
        ("As of April, 300 foreign companies have been established in the Hunan Pilot Free "
         "Trade Zone.",
         [("enterprises", "300", "count", "Hunan Pilot Free Trade Zone", "2024-04")]),
        ("Hunan's exports grew 12 percent in the first four months this year.",
         [("exports", "12", "percent", "Hunan", "2024-01/2024-04")]),
        # month ranges and months
        ("Between January and April, Hunan's exports reached RMB 90 billion.",
         [("exports", "90000000000", "CNY", "Hunan", "2024-01/2024-04")]),
        ("In April, Hunan's exports reached RMB 25 billion.",
         [("exports", "25000000000", "CNY", "Hunan", "2024-04")]),
        # a founding year is no period
        ("Hunan Zhenghua Co., Ltd., founded in 2010, had exports of RMB 3 billion.",
         [("exports", "3000000000", "CNY", "Hunan Zhenghua Co., Ltd.", None)]),
    ],
)
def test_area_indicator_and_period(extract, text: str, expected: list[Fig]) -> None:  # type: ignore[no-untyped-def]
    assert extract(text) == expected


def test_the_venue_city_is_not_whose_figure(extract) -> None:  # type: ignore[no-untyped-def]
    figures = extract(
        "At the 5th Xiangjiang Machinery Expo held in Changsha, Hunan signed projects "
        "worth RMB 40 billion in 2023."
    )
    assert [f[3] for f in figures] == ["Hunan"]


def test_the_city_a_story_is_filed_from_is_no_subject(nlp: Language) -> None:
    """ "Kunming: The expo concluded ...": the parse may make the city a subject; it is the
    dateline."""
    from kg.extract.facts.document import _in_dateline

    doc = nlp("Kunming: The eighth Xiangjiang Machinery Expo concluded Sunday.")
    text = doc.text
    assert _in_dateline(doc[0], text) and not any(_in_dateline(t, text) for t in doc[1:])


def test_the_city_is_the_city_named_before(extract) -> None:  # type: ignore[no-untyped-def]
    figures = extract(
        "Yueyang is a port on the Yangtze in Hunan Province.\n\n"
        "In 2023, the city's exports reached RMB 30 billion."
    )
    assert figures == [("exports", "30000000000", "CNY", "Yueyang", "2023")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline's cut name ("Hubei" + the rest) is the event named in full below
        ("137 Projects Signed at Hubei International Investment and Trade Conference with a "
         "Total Value of 380.5 Billion Yuan\n\nOn May 13, Hubei International Investment and "
         "Trade Conference was officially held in Wuhan.",
         [("projects", "137", "count", "Hubei International Investment and Trade Conference",
           None),
          ("investment", "380500000000", "CNY",
           "Hubei International Investment and Trade Conference", None)]),
        # "the port": the place the text calls a port, not the last city named
        ("Yueyang is a port city on the Yangtze in Hunan Province. Its trade is growing, and "
         "goods bound for Wuhan pass through it.\n\nIn 2023, trade through the port reached "
         "RMB 30 billion.",
         [("trade", "30000000000", "CNY", "Yueyang", "2023")]),
        # "At the meeting": the body whose unnamed conference it was
        ("On May 2, the investment promotion conference of the Tiannan Binhai Development Zone "
         "was held in Beijing. At the meeting, a total of 16 projects were signed, with a "
         "total investment of 32.9 billion yuan.",
         [("projects", "16", "count", "Tiannan Binhai Development Zone", None),
          ("investment", "32900000000", "CNY", "Tiannan Binhai Development Zone", None)]),
        # imports from and exports to: trade
        ("In 2023, Hunan's imports from and exports to ASEAN countries reached RMB 50 billion.",
         [("trade", "50000000000", "CNY", "Hunan", "2023")]),
    ],
)
def test_whose_figure_from_the_document(extract, text: str, expected: list[Fig]) -> None:  # type: ignore[no-untyped-def]
    assert extract(text) == expected


def test_from_x_to_y_is_read_in_one_clause(extract) -> None:  # type: ignore[no-untyped-def]
    """"the accumulated ... from X to Y": Y is a total over years as much as X."""
    assert extract(
        "The provisions lowered the standard of the accumulated paid-in capital invested by "
        "the parent company in Hunan from US$30 million to US$10 million."
    ) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the period of the value's own clause, not the nearest one of another clause
        ("In 2023, Yueyang's foreign trade reached RMB 40 billion, while in January-April "
         "2024 its exports grew 12 percent.",
         [("trade", "40000000000", "CNY", "Yueyang", "2023"),
          ("exports", "12", "percent", "Yueyang", "2024-01/2024-04")]),
        ("Hunan's exports reached RMB 30 billion in the first quarter, and in 2023 its imports "
         "totalled RMB 80 billion.",
         [("exports", "30000000000", "CNY", "Hunan", "2024-Q1"),
          ("imports", "80000000000", "CNY", "Hunan", "2023")]),
        # a month range of "last year"; a base year is no year of the range
        ("From January to April last year, Hunan's exports reached RMB 90 billion.",
         [("exports", "90000000000", "CNY", "Hunan", "2023-01/2023-04")]),
        ("From January to April, Hunan's exports grew 5 percent over the same period of 2022.",
         [("exports", "5", "percent", "Hunan", "2024-01/2024-04")]),
        # "<indicator> of X": X is whose figure, before names in a clause about X
        ("In 2023, foreign trade of the GBA, which covers Hong Kong, Macao and nine cities, "
         "reached RMB 8 trillion.",
         [("trade", "8000000000000", "CNY", "GBA", "2023")]),
        # the subject of the value's clause, not a name in the speaker's title
        ("Wang Lin, chief executive of the Hong Kong Special Administrative Region, said the "
         "GBA, as an important engine, has an economic aggregate approaching 15 trillion yuan.",
         [("gdp", "15000000000000", "CNY", "GBA", None)]),
        ("Wang Lin, chief executive of the Hong Kong Special Administrative Region (SAR), said "
         "the GBA, as an important engine for China's high-quality development, has an "
         "economic aggregate approaching 15 trillion yuan.",
         [("gdp", "15000000000000", "CNY", "GBA", None)]),
        # "the German carmaker" is the company named before; "it" whose the last figure was;
        # committing or allocating an amount is investing it
        ("Zhenghua Motor Co., Ltd. opened its plant in Yueyang in 2006. The German carmaker "
         "recently committed $479 million to expand the plant's capacity. In 2016, it "
         "allocated $5.5 billion for the project.",
         [("investment", "479000000", "USD", "Zhenghua Motor Co., Ltd.", None),
          ("investment", "5500000000", "USD", "Zhenghua Motor Co., Ltd.", "2016")]),
        # "from X in 2004 to Y in 2009": each its own year
        ("Hunan's exports dropped from 1.5 billion U.S. dollars in 2004 to 591 million dollars "
         "in 2009.",
         [("exports", "1500000000", "USD", "Hunan", "2004"),
          ("exports", "591000000", "USD", "Hunan", "2009")]),
        # months written against the article's date
        ("Last month, Hunan's exports rose 8 percent year on year to RMB 60 billion.",
         [("exports", "8", "percent", "Hunan", "2024-04"),
          ("exports", "60000000000", "CNY", "Hunan", "2024-04")]),
        ("In March this year, Hunan's imports fell 3.2 percent.",
         [("imports", "-3.2", "percent", "Hunan", "2024-03")]),
        # a percentage after a count is the count's change ("foreign-invested" is no indicator)
        ("In 2023, Yueyang attracted 35 foreign-invested enterprises, up 20 percent.",
         [("enterprises", "35", "count", "Yueyang", "2023"),
          ("enterprises", "20", "percent", "Yueyang", "2023")]),
        # "have settled in the zone": the zone named before
        ("The Tiannan Binhai Development Zone was set up in 2010. Over 3,000 enterprises have "
         "settled in the zone.",
         [("enterprises", "3000", "count", "Tiannan Binhai Development Zone", None)]),
        # "agreements on 30 projects" counts projects
        ("Hunan inked agreements on 30 projects with a total value of RMB 8 billion at the fair.",
         [("projects", "30", "count", "Hunan", None),
          ("investment", "8000000000", "CNY", "Hunan", None)]),
        # "respectively" pairs values with the indicators listed, in order
        ("In 2023, Hunan's exports and imports reached RMB 400 billion and RMB 250 billion "
         "respectively.",
         [("exports", "400000000000", "CNY", "Hunan", "2023"),
          ("imports", "250000000000", "CNY", "Hunan", "2023")]),
    ],
)
def test_the_values_own_clause(extract, text: str, expected: list[Fig]) -> None:  # type: ignore[no-untyped-def]
    assert extract(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # an indicator word as a modifier or a balance measures nothing here
        "The output value of Hunan's export-oriented industries hit RMB 800 billion in 2023.",
        "In 2023, Hunan's trade surplus stood at RMB 100 billion.",
        "Hunan's trade deficit with Laos narrowed to US$ 1 billion in 2023.",
        "The bank granted loans of RMB 10 billion to Hunan's export enterprises in 2023.",
        "In 2023, Hunan's foreign-invested enterprises achieved operating revenue of RMB 300 "
        "billion.",
    ],
)
def test_no_indicator(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert extract(text) == []

"""kg.extract.facts.figures through the real pipeline: invented sentences -> expected figures."""

from __future__ import annotations

import pytest

from kg.extract.facts.figures import plain

Fig = tuple[str, str, str, bool, str, str | None, str | None]


@pytest.fixture(scope="module")
def extract(figures_of):  # type: ignore[no-untyped-def]
    return figures_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 2023, Hunan's total import and export volume reached RMB 1.5 trillion.",
            [("trade", "1500000000000", "CNY", False, "Hunan", None, "2023")],
        ),
        (
            "Last year, Anhui's exports totaled $32.5 billion, up 8.2 percent year on year.",
            [
                ("exports", "32500000000", "USD", False, "Anhui", None, "2023"),
                ("exports", "8.2", "percent", True, "Anhui", None, "2023"),
            ],
        ),
        (
            "From January to April, Yunnan's exports to ASEAN, Africa and Latin America grew "
            "by 12.5%, 9.1% and 4% respectively.",
            [
                ("exports", "12.5", "percent", True, "Yunnan", "ASEAN", "2024-01/2024-04"),
                ("exports", "9.1", "percent", True, "Yunnan", "Africa", "2024-01/2024-04"),
                ("exports", "4", "percent", True, "Yunnan", "Latin America", "2024-01/2024-04"),
            ],
        ),
        (
            "In the first quarter of 2024, actual use of foreign capital in Shaanxi reached "
            "US$ 1.2 billion.",
            [("foreignInvestment", "1200000000", "USD", False, "Shaanxi", None, "2024-Q1")],
        ),
        (
            "The city of Wuhan has signed 35 projects with a total investment of 80.5 billion "
            "yuan (US$11.2 billion).",
            [
                ("projects", "35", "count", False, "Wuhan", None, None),
                ("investment", "80500000000", "CNY", False, "Wuhan", None, None),
            ],
        ),
        (
            "In 2022, Hebei's GDP grew by 3.8 percent.",
            [("gdp", "3.8", "percent", True, "Hebei", None, "2022")],
        ),
        (
            "Imports from Japan fell by 5.5 percent in Liaoning in 2023.",
            [("imports", "-5.5", "percent", True, "Liaoning", "Japan", "2023")],
        ),
        (
            "There are 12,000 foreign-funded enterprises in Zhejiang.",
            [("enterprises", "12000", "count", False, "Zhejiang", None, None)],
        ),
    ],
)
def test_figures(extract, text: str, expected: list[Fig]) -> None:  # type: ignore[no-untyped-def]
    assert extract(text) == expected


# Periods the genre writes in short or without a year (article dated 2024-05-20): a month
# range abbreviated, and "the first N months" with no year is the latest such months on or
# before the article's date.
@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Gansu's exports reached 45.6 billion yuan in Jan-Sept 2023.", "2023-01/2023-09"),
        ("In Jan.-Oct., Gansu's exports rose 3 percent.", "2023-01/2023-10"),
        ("Gansu's exports rose 3 percent in Feb-Apr.", "2024-02/2024-04"),
        ("In the first 10 months, Gansu's imports rose 4 percent.", "2023-01/2023-10"),
        ("In the first four months, Gansu's imports rose 4 percent.", "2024-01/2024-04"),
        ("In the first half, Gansu's imports rose 4 percent.", "2023-01/2023-06"),
        ("In the first half of this year, Gansu's imports rose 4 percent.", "2024-01/2024-06"),
    ],
)
def test_short_and_yearless_periods(extract, text: str, period: str) -> None:  # type: ignore[no-untyped-def]
    assert [f[6] for f in extract(text)] == [period]


# "respectively" pairs each value with its counterpart, also after a second list of values
# ("... by A and B percent to X and Y yuan, respectively") and with "the" in the list.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gansu Province saw its trade with Nepal and Bhutan surge by 38.2 percent and 47.5 "
            "percent year on year to 12.44 billion yuan and 5.67 billion yuan, respectively.",
            [
                ("trade", "38.2", "percent", True, "Gansu Province", "Nepal", None),
                ("trade", "47.5", "percent", True, "Gansu Province", "Bhutan", None),
                ("trade", "12440000000", "CNY", False, "Gansu Province", "Nepal", None),
                ("trade", "5670000000", "CNY", False, "Gansu Province", "Bhutan", None),
            ],
        ),
        (
            "Gansu's exports to the EU, the United States and Japan grew by 12.1 percent, 8.4 "
            "percent and 3.3 percent, respectively.",
            [
                ("exports", "12.1", "percent", True, "Gansu", "EU", None),
                ("exports", "8.4", "percent", True, "Gansu", "United States", None),
                ("exports", "3.3", "percent", True, "Gansu", "Japan", None),
            ],
        ),
        (  # the word belongs to the other clause: no pairing across "while"
            "Gansu's exports to Japan and Nepal rose 5.1 percent and 6.2 percent, while its "
            "imports from Laos and Bhutan reached 1.2 billion yuan and 3.3 billion yuan, "
            "respectively.",
            [
                ("exports", "5.1", "percent", True, "Gansu", None, None),
                ("exports", "6.2", "percent", True, "Gansu", None, None),
                ("imports", "1200000000", "CNY", False, "Gansu", "Laos", None),
                ("imports", "3300000000", "CNY", False, "Gansu", "Bhutan", None),
            ],
        ),
    ],
)
def test_respectively_lists(extract, text: str, expected: list[Fig]) -> None:  # type: ignore[no-untyped-def]
    assert extract(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a number with no unit
        "Guangdong held 35 meetings and 1,200 people attended in 2023.",
        # a growth rate with no subject anywhere
        "Exports grew by 5.2 percent in 2023.",
        # shares, rates and averages are no figures here
        "Jiangsu accounted for 10.2% of the national total in 2023.",
        "Jiangsu's trade grew at an average annual rate of 6% from 2013 to 2023.",
        "The resolution rate in Suzhou was 95.2%.",
        # totals over many years
        "Cumulatively, Fujian has attracted 2,600 projects with an investment of US$ 35 billion.",
        # a year is not a count
        "Shanxi launched 2023 projects.",
        # a count in words only where a place signs, attracts or sets them up
        "Two companies signed a cooperation agreement at the fair in Nanning.",
        "The two projects will be completed in Guilin next year.",
        "Beihai has three enterprises listed on the stock market.",
        # enterprises "reached" an amount of money: no count
        "The companies at the Xuchang expo reached 30 billion yuan in sales.",
    ],
)
def test_no_figure(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert extract(text) == []


def test_relative_periods_need_the_article_date(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Last year, Jiangxi's foreign trade reached 569 billion yuan."
    assert extract(text)[0][-1] == "2023"
    assert extract(text, date=None)[0][-1] is None


def test_the_document_province_speaks_when_no_place_is_named(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Sichuan is opening wider. Sichuan builds ports. "
        "Our exports reached RMB 100 billion in 2023."
    )
    assert extract(text) == [("exports", "100000000000", "CNY", False, "Sichuan", None, "2023")]


@pytest.mark.parametrize(
    ("value", "text"), [("12.82", "12.82"), ("12820000000000", "12820000000000"), ("0", "0")]
)
def test_plain_decimals(value: str, text: str) -> None:
    from decimal import Decimal

    assert plain(Decimal(value)) == text


def test_each_count_in_a_list_keeps_its_own_noun(extract) -> None:  # type: ignore[no-untyped-def]
    text = "In 2022, Jiangsu signed 53 key projects and 72 foreign-funded companies settled."
    assert [(m, v) for m, v, *_ in extract(text)] == [("projects", "53"), ("enterprises", "72")]
    # "72 regional headquarters of multinational companies" counts headquarters
    assert extract("Jiangsu signed 72 regional headquarters of multinational companies.") == []



# An amount "worth" signed contracts is an investment, the signing before or after it (trade
# contracts are sales: tests/test_figure_scope.py; engineering contracts are works).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The 3rd Harbour Expo closed in Xiamen on Sunday, with contracts worth 61.5 billion "
            "yuan signed.",
            [("investment", "61500000000", "CNY", False, "3rd Harbour Expo", None, None)],
        ),
        (
            "The 3rd Harbour Expo closed in Xiamen on Sunday. Deals worth 1.5 billion yuan were "
            "signed during the expo.",
            [("investment", "1500000000", "CNY", False, "3rd Harbour Expo", None, None)],
        ),
        (
            "Engineering contracts signed with foreign partners were worth more than $2 billion "
            "in Gansu.",
            [],
        ),
    ],
)
def test_deal_values(extract, text: str, expected: list[Fig]) -> None:  # type: ignore[no-untyped-def]
    assert extract(text) == expected


# "..., up from X in 2022": X is the level of its own year; with no year, no figure.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Foreign direct investment into Gansu rose 20 percent to 3.5 billion U.S. dollars in "
            "2023, up from 2.9 billion U.S. dollars in 2022.",
            [
                ("foreignInvestment", "20", "percent", True, "Gansu", None, "2023"),
                ("foreignInvestment", "3500000000", "USD", False, "Gansu", None, "2023"),
                ("foreignInvestment", "2900000000", "USD", False, "Gansu", None, "2022"),
            ],
        ),
        (
            "Gansu's exports reached 30 billion yuan in 2023, up from 25 billion yuan a year "
            "earlier.",
            [("exports", "30000000000", "CNY", False, "Gansu", None, "2023")],
        ),
    ],
)
def test_up_from_an_earlier_level(extract, text: str, expected: list[Fig]) -> None:  # type: ignore[no-untyped-def]
    assert extract(text) == expected

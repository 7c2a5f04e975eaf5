"""One occasion's total or a total over years (kg.extract.facts.figure_scope, figures), counts
written as words (amounts), and the place "the city" names (figure_owner). Invented sentences,
the real pipeline."""

from __future__ import annotations

import pytest

# measure, value, unit, change, area, counterpart, period
Fig = tuple[str, str, str, bool, str, str | None, str | None]


@pytest.fixture(scope="module")
def extract(figures_of):  # type: ignore[no-untyped-def]
    return lambda text, date="2019-07-19": figures_of(text, date=date)


KEPT = [
    # "In total" with a simple past: what one occasion signed
    (
        "Lanxi held an investment fair on Tuesday. In total, 33 projects were signed by Lanxi.",
        ("projects", "33", "count", False, "Lanxi", None, None),
    ),
    # "Over the past six months": the months before the article, not a span of years
    (
        "Lanxi Customs released the data on July 16. Over the past six months, Gansu's total "
        "import and export value of goods was RMB 30.3 billion, up 21.9% year on year.",
        ("trade", "30300000000", "CNY", False, "Gansu", None, "2019-01/2019-06"),
    ),
    # a ten and a unit written as one word
    (
        "Lanxi held an investment fair on Tuesday. Lanxi approved fifty-two South Korean "
        "projects.",
        ("projects", "52", "count", False, "Lanxi", None, None),
    ),
    (
        "Lanxi held an investment fair on Tuesday. Twenty-one Japanese projects have been "
        "approved by Lanxi.",
        ("projects", "21", "count", False, "Lanxi", None, None),
    ),
    # a word count listed after a count is counted as it is, "X and Y" as its modifiers
    (
        "Lanxi held an investment fair on Tuesday. Lanxi signed deals on 16 industry transfer "
        "projects and five science and technology projects.",
        ("projects", "5", "count", False, "Lanxi", None, None),
    ),
    (
        "Deals on 12 farming projects and seven tourism projects were sealed by Lanxi on "
        "Monday.",
        ("projects", "7", "count", False, "Lanxi", None, None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), KEPT)
def test_one_occasions_figures_are_kept(extract, text: str, expected: Fig) -> None:  # type: ignore[no-untyped-def]
    assert expected in extract(text)


@pytest.mark.parametrize(
    "text",
    [
        # "In total" with a perfect: a total up to now
        "Lanxi held an investment fair on Tuesday. In total, Lanxi has attracted 500 foreign "
        "enterprises.",
        "In total, Dongxi has signed 120 projects with foreign investors.",
        # a span of years stays one
        "Over the past five years, Gansu's exports were RMB 80 billion.",
    ],
)
def test_totals_up_to_now_are_no_figures(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert extract(text) == []


def test_the_city_is_not_the_one_compared_with(extract) -> None:  # type: ignore[no-untyped-def]
    found = extract(
        "Lanxi Mayor Wang Bo said the city's trade has grown since the border zone was "
        'established. "Like Xiamen, a pioneering city of China\'s opening-up, the zone will '
        'become a pioneer area," Wang said. The city\'s trade increased 46.8 percent '
        "year-on-year to $4.1 billion in 2011.", date="2012-07-27")
    assert ("trade", "4100000000", "USD", False, "Lanxi", None, "2011") in found
    assert not any(f[4] == "Xiamen" for f in found)


def test_the_projects_are_those_counted_before(extract) -> None:  # type: ignore[no-untyped-def]
    # "The projects, involving ...", "They ...": the deals the sentence before signed, so
    # its area's (not the province the document is about); "foreign-capital" is foreign
    # investment
    found = extract(
        "Lanxi city in Zhejiang province will see its ties with Singapore strengthened after "
        "21 major deals with investments grossing $2.24 billion were inked at the Lanxi "
        "Industries Seminar held in Singapore on June 9.\nThe projects, involving a total "
        "foreign investment of $868 million, cover a wide range of sectors, including new "
        "energy and real estate.\nThey include an estimated foreign-capital of $629 million.",
        date="2012-06-12")
    assert ("foreignInvestment", "868000000", "USD", False, "Lanxi city", None, None) in found
    assert ("foreignInvestment", "629000000", "USD", False, "Lanxi city", None, None) in found
    assert not any(f[4] == "Zhejiang province" for f in found)


@pytest.mark.parametrize(
    "text",
    [
        # what an expo has done since it was first held: a total over its years
        "The 9th Lanxi Expo opened Wednesday in Lanxi. First launched in 2005, the expo has "
        "become a major platform for trade. More than 2,900 cooperative projects have been "
        "signed, with investments totaling 1.97 trillion yuan.",
        "Launched in 2008, the Dongxi Fair has seen 1,500 projects signed in Lanxi.",
    ],
)
def test_since_it_was_launched_is_a_total(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert extract(text, date="2023-08-24") == []


def test_a_founding_year_keeps_a_figure_of_its_own_year(extract) -> None:  # type: ignore[no-untyped-def]
    found = extract("Founded in 2010, the Lanxi Industrial Park exported goods worth 3 billion "
                    "yuan in 2022.", date="2023-08-24")
    assert ("exports", "3000000000", "CNY", False, "Lanxi Industrial Park", None, "2022") in found


def test_the_city_is_the_one_most_named(extract) -> None:  # type: ignore[no-untyped-def]
    # of the cities named before "The city's", the article's own (named most), not the last
    # one the text calls a city
    found = extract(
        "A proposed economic zone in a city in Guangxi will boost trade, the city's mayor "
        "said.\nIn an interview, Lanxi Mayor Wang Bo said the city's trade has increased since "
        "the zone between Yongkang, a county-level city administered by Lanxi, and Haiphong, "
        "in Vietnam, was established in June 2010.\nUnder the plan, the zone will cover 20 "
        "percent of Lanxi.\nThe city's trade increased 46.8 percent year-on-year to $4.1 "
        "billion in 2011.", date="2012-07-27")
    assert found == [("trade", "46.8", "percent", True, "Lanxi", None, "2011"),
                     ("trade", "4100000000", "USD", False, "Lanxi", None, "2011")]


def test_the_projects_with_no_figure_before_are_not_a_subjects(extract) -> None:  # type: ignore[no-untyped-def]
    # no figure before "The contracted projects ...": not the last subject named, but the
    # event the article is about
    found = extract(
        "Lanxi Trade and Investment Fair 2009 and Sweden-Lanxi Business Seminar opened "
        "yesterday. The contracted projects home and abroad reached 231 with a total "
        "investment of 2.67 billion dollars.", date="2009-11-20")
    assert not any(f[4] == "Sweden-Lanxi Business Seminar" for f in found)

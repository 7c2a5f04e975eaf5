"""How news of this genre says where companies are, where they build, what a province does
with a programme and whom it trades with, on invented sentences and invented names: "the
company" and a sentence-opening "It" (kg/extract/antecedents.py), a company "from" a place
and "the company, which is based in" (kg/extract/business/described.py), building "the
construction of" a plant and starting work "at a factory in" (facilities.py, ventures.py),
implementing a programme (participation.py), "its trade with", "its largest trading partner,
X" (routes.py).
"""

from __future__ import annotations

import pytest
from extracting import pairs, run, triples

from kg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "It" opening a sentence: the company the sentence before is about
        ("Zantor Group is a German pump maker. It will open a plant in Linzhou.",
         {("Zantor Group", "investsIn", "Linzhou")}),
        ("Zantor Group makes pumps. The company is expanding fast. It will establish an "
         "industrial park in Linzhou.",
         {("Zantor Group", "investsIn", "Linzhou")}),
        # "the company": the one an appositive describes, not the name inside the description
        ("Belmira Foods Ltd., a bottler of Korvath Cola, reported record sales. The company "
         "will build a new production base in Hainan Province.",
         {("Belmira Foods Ltd.", "investsIn", "Hainan Province")}),
        # the parser makes the named subject the root: its clause is the main verb
        ("In July, Qelvik Precision Co., the parent company of Zantor Group, registered to "
         "build two factories in Henan.",
         {("Qelvik Precision Co.", "investsIn", "Henan")}),
        # building a facility: "began the construction of", "broke ground on"
        ("In May, Zantor Group began the construction of a new battery plant in Linzhou.",
         {("Zantor Group", "investsIn", "Linzhou")}),
        ("Belmira Foods Ltd. broke ground on its second assembly plant in Linzhou.",
         {("Belmira Foods Ltd.", "investsIn", "Linzhou")}),
        # starting work at a site in a place
        ("Zantor Group began production at a plant in Linzhou last week.",
         {("Zantor Group", "investsIn", "Linzhou")}),
    ],
)
def test_investment_said_in_news(extractor: Extractor, text: str, expected: set) -> None:
    got = triples(run(extractor, text))
    assert expected <= got, got


@pytest.mark.parametrize(
    ("text", "firm", "place"),
    [
        ("One 2-billion-yuan project is funded by Korvath Electric Co Ltd, from Linzhou city "
         "in Hunan province.", "Korvath Electric Co Ltd", "Linzhou city"),
        ("Korvath Electric Co Ltd from Germany signed a supply deal.",
         "Korvath Electric Co Ltd", "Germany"),
        ("Zantor Group makes pumps. The company, which is based in Hunan province, will "
         "expand.", "Zantor Group", "Hunan province"),
        ("Zantor Group makes pumps. The company is headquartered in Linzhou.",
         "Zantor Group", "Linzhou"),
    ],
)
def test_company_from_or_based(extractor: Extractor, text: str, firm: str, place: str) -> None:
    assert (firm, place) in pairs(run(extractor, text), "locatedIn")


@pytest.mark.parametrize(
    "text",
    [
        # investment from a company is not where the company is
        "Linzhou attracted investment from Korvath Electric Co Ltd from Germany.",
        # a route from a place is not the company's place
        "Zantor Group shipped pumps, from Linzhou to Almaty.",
    ],
)
def test_from_that_is_not_a_home(extractor: Extractor, text: str) -> None:
    assert not pairs(run(extractor, text), "locatedIn")


def test_export_origin_is_not_a_market(extractor: Extractor) -> None:
    got = pairs(run(extractor, "Zantor Group exported pumps from Linzhou to Almaty."),
                "tradesWith")
    assert got == {("Zantor Group", "Almaty")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Henan's trade volume with the European Union reached 35 billion yuan, and its trade "
         "volume with ASEAN hit 32 billion yuan.",
         {("Henan", "European Union"), ("Henan", "ASEAN")}),
        ("Linzhou recorded growth of 5.9 percent with its biggest trade partner, ASEAN.",
         {("Linzhou", "ASEAN")}),
        ("Henan's trade rose. Its major trade partners, the European Union, Japan and South "
         "Korea, grew.",
         {("Henan", "European Union"), ("Henan", "Japan"), ("Henan", "South Korea")}),
    ],
)
def test_trade_with_its_partners(extractor: Extractor, text: str, expected: set) -> None:
    assert expected <= pairs(run(extractor, text), "tradesWith")


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        # carrying out a programme is implementing it, a national one too
        ("Guangxi is fully implementing the Regional Comprehensive Economic Partnership.",
         ("Guangxi", "implements", "Regional Comprehensive Economic Partnership"),
         ("Guangxi", "participatesIn", "Regional Comprehensive Economic Partnership")),
        # integrating into one is taking part
        ("Shaanxi will deeply integrate into the Belt and Road Initiative.",
         ("Shaanxi", "participatesIn", "Belt and Road Initiative"),
         ("Shaanxi", "implements", "Belt and Road Initiative")),
    ],
)
def test_implementing_or_joining(extractor: Extractor, text: str, expected: tuple,
                                 not_expected: tuple) -> None:
    got = triples(run(extractor, text))
    assert expected in got and not_expected not in got, got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Headquartered in Gothenburg, Sweden, Nordvik Energy AB set up a plant in Chengdu.",
         {("Nordvik Energy AB", "Gothenburg"), ("Nordvik Energy AB", "Sweden")}),
        ("Kenji Mori is President of Moriwa Gear Co., Ltd. The Osaka-based company opened a "
         "plant in Qinzhou in 2021.", {("Moriwa Gear Co., Ltd.", "Osaka")}),
        ("Zantor Group signed a deal with Belmira Supply Co., Ltd., under which the Kunming "
         "company will import tea.", {("Belmira Supply Co., Ltd.", "Kunming")}),
    ],
)
def test_place_of_the_company(extractor: Extractor, text: str, expected: set) -> None:
    assert expected <= pairs(run(extractor, text), "locatedIn")


def test_a_new_company_in_a_place_is_not_the_parent(extractor: Extractor) -> None:
    text = ("Zantor Group announced that its Linzhou branch was registered. The company said "
            "that the newly registered Linzhou company will hire 200 people.")
    assert ("Zantor Group", "Linzhou") not in pairs(run(extractor, text), "locatedIn")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zantor Group makes pumps. Its products are sold to automakers in Europe and North "
         "America.", {("Zantor Group", "Europe"), ("Zantor Group", "North America")}),
        ("Belmira Apple Trading Co., Ltd. won orders worth 30 million U.S. dollars from buyers "
         "in Kazakhstan.", {("Belmira Apple Trading Co., Ltd.", "Kazakhstan")}),
    ],
)
def test_markets_of_buyers(extractor: Extractor, text: str, expected: set) -> None:
    assert expected <= pairs(run(extractor, text), "tradesWith")


EXPO = "The 9th Linzhou Trade Expo opened on Thursday. "
EV = "9th Linzhou Trade Expo"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an opening "Co-hosted by A and B," about the event after the comma
        ("Co-hosted by the Department of Commerce of Zhejiang Province and the Hungarian "
         "Investment Promotion Agency, the 2024 Zhejiang-Hungary Trade Conference drew 200 "
         "business representatives.",
         {("Department of Commerce of Zhejiang Province", "2024 Zhejiang-Hungary Trade "
           "Conference"),
          ("Hungarian Investment Promotion Agency", "2024 Zhejiang-Hungary Trade Conference")}),
        # the fronted organisers of a quoted event, or of "the international trade fair"
        ("Hosted by the People's Government of Zhevan Province, the “International Conference "
         "on Digital Trade” was held in Hangzhou on September 18th.",
         {("People's Government of Zhevan Province", "International Conference on Digital "
           "Trade")}),
        ("The 9th Tarvan Trade Fair has commenced in Kunming. Jointly organized by the "
         "Ministry of Commerce and the Yunnan Provincial Government, the international trade "
         "fair features firms from 60 countries.",
         {("Ministry of Commerce", "9th Tarvan Trade Fair"),
          ("Yunnan Provincial Government", "9th Tarvan Trade Fair")}),
        # national pavilions set up, at the passage's event
        (EXPO + "Sri Lanka is the theme country, while Nepal, Bangladesh and the Maldives have "
         "set up national pavilions.",
         {("Nepal", EV), ("Bangladesh", EV), ("Maldives", EV)}),
        # a named booth or pavilion in a sentence that names no event: the passage's
        (EXPO + "Governor Tang Wei visited the Kestrel Motors booth and the Thailand pavilion.",
         {("Kestrel Motors", EV), ("Thailand", EV)}),
        # "At the venue," both sides of a signing take part
        (EXPO + "At the venue, Ceylon Tea Exports Ltd signed a supply agreement with Belmira "
         "Supply Chain Co., Ltd.",
         {("Ceylon Tea Exports Ltd", EV), ("Belmira Supply Chain Co., Ltd.", EV)}),
    ],
)
def test_taking_part_in_the_event(extractor: Extractor, text: str, expected: set) -> None:
    got = pairs(run(extractor, text), "participatesIn")
    assert expected <= got, got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Italy and China signed a pact. Italian enterprises like Dalvora SAS, Brenti "
         "Industries and Banca Ferlani also attended the event.",
         {("Dalvora SAS", "Italy"), ("Brenti Industries", "Italy"), ("Banca Ferlani", "Italy")}),
        ("Germany is a key partner. German automaker Zantor Motors will open a plant in "
         "Linzhou.", {("Zantor Motors", "Germany")}),
        ("Japan is a key partner. Moriwa Gear Co., Ltd., a Japanese bearing maker, opened a "
         "plant in Qinzhou.", {("Moriwa Gear Co., Ltd.", "Japan")}),
    ],
)
def test_company_of_a_nationality(extractor: Extractor, text: str, expected: set) -> None:
    assert expected <= pairs(run(extractor, text), "locatedIn")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("U.S. electric carmaker Norvale Motors opened a plant in Linzhou.",
         ("Norvale Motors", "U.S.")),
        ("The firm supplies US smartphone-maker Brightwell Inc with chips.",
         ("Brightwell Inc", "US")),
        ("Kenya's largest companies such as Tarsis Holdings and Quorvex Group came to the fair.",
         ("Quorvex Group", "Kenya")),
    ],
)
def test_company_after_its_country(extractor: Extractor, text: str, expected: tuple) -> None:
    assert expected in pairs(run(extractor, text), "locatedIn")


def test_a_country_before_a_non_company_locates_nothing(extractor: Extractor) -> None:
    text = "US consumers bought phones made by Brightwell Inc in Linzhou."
    assert ("Brightwell Inc", "US") not in pairs(run(extractor, text), "locatedIn")


def test_nationality_needs_the_country_named(extractor: Extractor) -> None:
    text = "German automaker Zantor Motors will open a plant in Linzhou."
    assert not pairs(run(extractor, text), "locatedIn")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zantor Group's new energy project landed in the Linzhou High-tech Zone last month.",
         ("Zantor Group", "investsIn", "Linzhou High-tech Zone")),
        ("The Linzhou Municipal Government will help Zantor Group expand overseas.",
         ("Linzhou Municipal Government", "supports", "Zantor Group")),
    ],
)
def test_projects_landing_and_help(extractor: Extractor, text: str, expected: tuple) -> None:
    assert expected in triples(run(extractor, text))


def test_the_firms_of_a_province_invest_not_the_province(extractor: Extractor) -> None:
    text = "Zhejiang enterprises investing in Central and Eastern Europe grew in number."
    assert not pairs(run(extractor, text), "investsIn")


@pytest.mark.parametrize(
    "text",
    [
        "Four new pilot free trade zones in Anhui, Hunan, Guangxi and Hebei were established "
        "in May last year.",
        "New industrial parks were built in Linzhou, Harvale and Dunmore.",
    ],
)
def test_members_of_one_list_do_not_invest_in_each_other(extractor: Extractor,
                                                         text: str) -> None:
    assert not pairs(run(extractor, text), "investsIn")


FAIR = "122nd Linzhou Export Fair"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eleven foreign trade enterprises attended the 122nd Linzhou Export Fair in Guangzhou. "
         "They include Zantor Group, Belmira Foods Ltd. and Korvath Electric Co.",
         {("Zantor Group", FAIR), ("Belmira Foods Ltd.", FAIR), ("Korvath Electric Co.", FAIR)}),
        ("The 122nd Linzhou Export Fair opened on Monday. Seven enterprises from Linzhou "
         "attended it, including Zantor Group and Belmira Foods Ltd.",
         {("Zantor Group", FAIR), ("Belmira Foods Ltd.", FAIR)}),
    ],
)
def test_a_group_attends_and_is_named(extractor: Extractor, text: str, expected: set) -> None:
    got = {p for p in pairs(run(extractor, text), "participatesIn") if p[1] == FAIR}
    assert expected <= got, got


def test_a_group_then_other_news(extractor: Extractor) -> None:
    text = ("Eleven enterprises attended the 122nd Linzhou Export Fair. They sold goods to "
            "Zantor Group.")
    assert ("Zantor Group", FAIR) not in pairs(run(extractor, text), "participatesIn")

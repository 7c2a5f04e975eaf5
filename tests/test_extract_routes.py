"""Trade told by a route's two ends and by a trade list the parser cut short, on invented
sentences (kg/extract/business/routes.py: "trade-route-pair"; kg/extract/clauses.py: list_tail)."""

from __future__ import annotations

import pytest
from extracting import pairs, rules_only, run

from kg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a carrier named by its two ends runs from the first to the second
        ("The Hefei-Minsk freight service opened in May.", {("Hefei", "Minsk")}),
        ("A new Xiamen-Manila air route will start next month.", {("Xiamen", "Manila")}),
        ("The launch of the Yiwu-Madrid train has raised the number of routes.",
         {("Yiwu", "Madrid")}),
        # a list of such names after a carrier noun
        ("Four new cargo routes were launched: Hefei-Minsk, Hefei-Warsaw, Wuhu-Minsk and "
         "Hefei-Hamburg.",
         {("Hefei", "Minsk"), ("Hefei", "Warsaw"), ("Wuhu", "Minsk"), ("Hefei", "Hamburg")}),
        # "between A and B": both ways
        ("A weekly container shuttle between Izmir and Hamburg started in March.",
         {("Izmir", "Hamburg"), ("Hamburg", "Izmir")}),
        # a chain names the stops on the way: not two ends
        ("It marked ten years of the Wuhu-Xinjiang-Europe express line.", set()),
        # no carrier: a pair of places is no trade
        ("The Hefei-Minsk friendship was celebrated at the talks.", set()),
        # a country is no trader
        ("The China-Europe freight trains carried 2,000 containers.", set()),
    ],
)
def test_a_route_named_by_its_two_ends_is_trade(extractor: Extractor, text: str,
                                                 expected: set[tuple[str, str]]) -> None:
    assert pairs(run(extractor, text), "tradesWith") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the last item of the list read as the next verb's subject
        ("Wuhu saw its trade with Chile, the United States, and Japan increase 19 percent.",
         {("Wuhu", "Chile"), ("Wuhu", "United States"), ("Wuhu", "Japan")}),
        ("Wuhu's exports to Chile, Peru, and Japan rose sharply.",
         {("Wuhu", "Chile"), ("Wuhu", "Peru"), ("Wuhu", "Japan")}),
        # a name after the list that is not one of its items
        ("Wuhu expanded trade with Chile, while Hefei hosted a fair.", {("Wuhu", "Chile")}),
    ],
)
def test_a_trade_list_runs_to_its_last_item(extractor: Extractor, text: str,
                                            expected: set[tuple[str, str]]) -> None:
    assert pairs(run(extractor, text), "tradesWith") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile is now Wuhu's third largest export market.", {("Wuhu", "Chile")}),
        ("Peru remained Wuhu's top import source last year.", {("Wuhu", "Peru")}),
        ("Wuhu's largest export destination is Chile.", {("Wuhu", "Chile")}),
        # a market with no trade word is no partner
        ("Chile is a promising market for Wuhu's fruit.", set()),
        # a market abroad is where one sells
        ("The main overseas markets of Orvane Motors are Chile and Peru.",
         {("Orvane Motors", "Chile"), ("Orvane Motors", "Peru")}),
        ("Russia is the largest foreign market of Orvane Motors.", {("Orvane Motors", "Russia")}),
    ],
)
def test_a_place_named_a_partys_export_market_trades_with_it(
        extractor: Extractor, text: str, expected: set[tuple[str, str]]) -> None:
    assert pairs(run(extractor, text), "tradesWith") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("From January to June, Norway, the Association of Southeast Asian Nations, the European "
         "Union and Brazil were Henan's top four trading partners.",
         {("Henan", "Norway"), ("Henan", "Association of Southeast Asian Nations"),
          ("Henan", "European Union"), ("Henan", "Brazil")}),
        ("Japan, Germany and Brazil were Guangdong's largest trading partners last year.",
         {("Guangdong", "Japan"), ("Guangdong", "Germany"), ("Guangdong", "Brazil")}),
    ],
)
def test_every_partner_of_a_listed_subject_trades(extractor: Extractor, text: str,
                                                  expected: set[tuple[str, str]]) -> None:
    """ "A, B and C were X's top trading partners": X trades with each of them."""
    assert expected <= pairs(run(extractor, text), "tradesWith")


def test_an_apposition_to_one_partner_is_no_partner(extractor: Extractor) -> None:
    text = "Norway, the largest economy of the north, is Henan's top trading partner."
    assert pairs(run(extractor, text), "tradesWith") == {("Henan", "Norway")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Henan's foreign trade grew by 10 percent in the first half. Norway, the European "
         "Union and Brazil remained the top three trading partners.",
         {("Henan", "Norway"), ("Henan", "European Union"), ("Henan", "Brazil")}),
        ("Dalian's exports rose last year. The three major export destinations were Japan, "
         "North America and the European Union.",
         {("Dalian", "Japan"), ("Dalian", "North America"), ("Dalian", "European Union")}),
        ("Guangdong recorded growth with its biggest trade partner, ASEAN. Other major trade "
         "partners the European Union, Japan and South Korea also grew.",
         {("Guangdong", "European Union"), ("Guangdong", "Japan"), ("Guangdong", "South Korea")}),
    ],
)
def test_ranked_partners_owned_by_no_one_are_the_reports_place(
        extractor: Extractor, text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= pairs(run(extractor, text), "tradesWith")


def test_a_partner_of_unnamed_countries_trades_with_no_one(extractor: Extractor) -> None:
    text = "Henan is growing. Germany is a trading partner of many countries."
    assert pairs(run(extractor, text), "tradesWith") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the province" / "the city" as the trader: the one of that kind named before
        ("Hunan Province reported strong farm exports. The province first exported pears to "
         "Chile and some tea to Morocco.",
         {("Hunan Province", "Chile"), ("Hunan Province", "Morocco")}),
        ("Ningbo's exports to Africa rose by 12 percent, while its imports from Australia fell.",
         {("Ningbo", "Africa"), ("Ningbo", "Australia")}),
        # "X overtook Y to become the province's ... trading partner": X, not the one overtaken
        ("Exports of Jilin Province rose. Brazil overtook Germany to become the province's "
         "second-largest trading partner.", {("Jilin Province", "Brazil")}),
        # "a province", "a neighbouring province": another one, not the one named before
        ("Hunan Province grew fast. A neighbouring province exported tea to Oman.", set()),
        # no province named before: nobody to refer to
        ("The province first exported pears to Chile.", set()),
    ],
)
def test_the_province_that_trades_is_the_one_named_before(
        extractor: Extractor, text: str, expected: set[tuple[str, str]]) -> None:
    assert pairs(run(rules_only(extractor), text), "tradesWith") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each listed seller trades with the market; the sellers are not each other's markets
        ("Products from Hunan, Hubei and Jiangxi provinces have been exported to Brazil.",
         {("Hunan", "Brazil"), ("Hubei", "Brazil"), ("Jiangxi", "Brazil")}),
        ("Goods from Wuhu and Anqing were exported to Chile and Peru last year.",
         {("Wuhu", "Chile"), ("Wuhu", "Peru"), ("Anqing", "Chile"), ("Anqing", "Peru")}),
        # one seller: as before
        ("Machinery from Wuhu was exported to Chile.", {("Wuhu", "Chile")}),
    ],
)
def test_listed_sellers_each_trade_and_not_with_each_other(
        extractor: Extractor, text: str, expected: set[tuple[str, str]]) -> None:
    assert pairs(run(rules_only(extractor), text), "tradesWith") == expected


def test_a_route_between_a_city_and_listed_cities(extractor: Extractor) -> None:
    text = ("Freight train services have been launched between Wuhu and European cities, "
            "including Warsaw, Poland, and Hamburg in Germany.")
    # the listed cities are the markets; the countries only say where they are
    assert pairs(run(rules_only(extractor), text), "tradesWith") == {
        ("Wuhu", "Warsaw"), ("Wuhu", "Hamburg")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # goods sold on by the market: not the seller's trade
        ("Goods from Wuhu were exported to Laos, with some sold on to Thailand and Myanmar.",
         {("Wuhu", "Laos")}),
        ("Wuhu exported machinery to Chile, which later sold it on to Peru.",
         {("Wuhu", "Chile")}),
    ],
)
def test_goods_sold_on_are_not_the_sellers_trade(extractor: Extractor, text: str,
                                                 expected: set[tuple[str, str]]) -> None:
    assert pairs(run(rules_only(extractor), text), "tradesWith") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the "from" of a second, coordinated purchase does not name the exporter
        ("Last year, Hubei exported 20 billion yuan of goods to Brazil, and imported "
         "soybeans from Argentina.", {("Hubei", "Brazil")}),
        ("Liaoning Province exported machinery to Chile and imported copper from Peru.",
         {("Liaoning Province", "Chile")}),
        # but a "from" on the exports themselves does: a country's trade, no one's here
        ("Exports of machinery from Russia to Mongolia rose in Hunan.", set()),
    ],
)
def test_a_coordinated_import_leaves_the_exporter_alone(
        extractor: Extractor, text: str, expected: set[tuple[str, str]]) -> None:
    assert pairs(run(rules_only(extractor), text), "tradesWith") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # supplying goods to a market is selling to it
        ("Jiangxi Copper supplies copper to Japan.", {("Jiangxi Copper", "Japan")}),
        ("Guangdong has supplied electricity and water to Hong Kong for decades.",
         {("Guangdong", "Hong Kong")}),
        # a supply chain is no sale
        ("The supply chain between Jiangsu and Vietnam was strengthened.", set()),
        # where goods are made, produced or grown names who sells them
        ("Products made in Yiwu are sold to Dubai and Moscow.",
         {("Yiwu", "Dubai"), ("Yiwu", "Moscow")}),
        ("Cars produced in Wuhan were exported to Chile.", {("Wuhan", "Chile")}),
    ],
)
def test_supplies_and_goods_made_in_a_place(extractor: Extractor, text: str,
                                            expected: set[tuple[str, str]]) -> None:
    assert pairs(run(rules_only(extractor), text), "tradesWith") == expected

"""Organisation-centred relations said in the ways news reports say them, on invented
sentences and invented names: taking part by list ("Exhibitors included A, B and C"), alone
("A and B attended.") or by bringing goods to an event (kg/extract/gatherings/participants.py);
investing by passive, by starting operations, by a signed deal (kg/extract/business/ventures.py);
acting under a programme (kg/extract/gatherings/programmes.py); where a described company is
(kg/extract/business/described.py); trading partners (kg/extract/business/routes.py).
"""

from __future__ import annotations

import pytest
from extracting import run, triples

from kg.extract import Extractor

EXPO = "The 5th Hefei Trade Expo opened on Monday. "
EV = "5th Hefei Trade Expo"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # participation lists about the passage's event
        (EXPO + "Exhibitors included Zorvan Group, Brellix Group and Quintar Group.",
         {("Zorvan Group", "participatesIn", EV), ("Brellix Group", "participatesIn", EV),
          ("Quintar Group", "participatesIn", EV)}),
        (EXPO + "Among the exhibitors were Zorvan Group and Brellix Group.",
         {("Zorvan Group", "participatesIn", EV), ("Brellix Group", "participatesIn", EV)}),
        # the event named in the list's own phrase
        ("Participants at the 3rd Wuhu Forum included Zorvan Group and Brellix Group.",
         {("Zorvan Group", "participatesIn", "3rd Wuhu Forum"),
          ("Brellix Group", "participatesIn", "3rd Wuhu Forum")}),
        # attending with nothing after the verb, or a list after "like"
        (EXPO + "Zorvan Group and Brellix Group attended.",
         {("Zorvan Group", "participatesIn", EV), ("Brellix Group", "participatesIn", EV)}),
        (EXPO + "Governor Wang Lei presided.", {("Wang Lei", "participatesIn", EV)}),
        (EXPO + "Foreign enterprises like Zorvan Group and Brellix Group also attended the event.",
         {("Zorvan Group", "participatesIn", EV), ("Brellix Group", "participatesIn", EV)}),
        # bringing goods to an event
        ("Zorvan Group brought its latest products to the 5th Hefei Trade Expo.",
         {("Zorvan Group", "participatesIn", EV)}),
        # investing, said otherwise
        ("A marketing center was established by Zorvan Group in Germany in 2009.",
         {("Zorvan Group", "investsIn", "Germany")}),
        ("Fortune 500 companies such as Zorvan Group, Brellix Group and Quintar Group have "
         "started operations in Hefei.",
         {("Zorvan Group", "investsIn", "Hefei"), ("Brellix Group", "investsIn", "Hefei"),
          ("Quintar Group", "investsIn", "Hefei")}),
        ("Zorvan Group signed an investment agreement with Nanning.",
         {("Zorvan Group", "investsIn", "Nanning")}),
        ("Zorvan Group signed an agreement with Hefei to build a plant.",
         {("Zorvan Group", "investsIn", "Hefei")}),
        # acting under a programme: a province takes part in a national one
        ("Under the Belt and Road Initiative, Anhui has built 20 overseas parks.",
         {("Anhui", "participatesIn", "Belt and Road Initiative")}),
        ("Anhui has built 20 overseas parks as part of the Belt and Road Initiative.",
         {("Anhui", "participatesIn", "Belt and Road Initiative")}),
        # where a described company is
        ("Zorvan Group is a Hefei-based battery maker.", {("Zorvan Group", "locatedIn", "Hefei")}),
        ("Zorvan Group, a battery maker based in Hefei, makes cells.",
         {("Zorvan Group", "locatedIn", "Hefei")}),
        # "the city" is the city named last; "it" the company named before it
        ("Hefei is a big city. Zorvan Group and Brellix Group have jointly invested 11.9 billion "
         "yuan to build a new production center in the city.",
         {("Zorvan Group", "investsIn", "Hefei"), ("Brellix Group", "investsIn", "Hefei")}),
        ("Shanghai is a big city. Zorvan Group has established a global technology hub in the "
         "city.", {("Zorvan Group", "investsIn", "Shanghai")}),
        ("Zorvan Group recently announced that it will set up an innovation center in Chengdu.",
         {("Zorvan Group", "investsIn", "Chengdu")}),
        # a company's plants located somewhere
        ("Zorvan Group's manufacturing plants are mainly located in Shanghai and Jiangsu.",
         {("Zorvan Group", "investsIn", "Shanghai"), ("Zorvan Group", "investsIn", "Jiangsu")}),
        # issuing and proposing a programme
        ("The “Hefei Twenty Measures”, issued by the Hefei Municipal Government on July 7, "
         "lowered the threshold.",
         {("Hefei Municipal Government", "implements", "Hefei Twenty Measures")}),
        ("Since the State Council proposed the \"Rise of Central China\" plan in 2006, the "
         "region grew.", {("State Council", "implements", "Rise of Central China")}),
        # "in the provincial capital X"; a zone opening in a place
        ("The 3rd Nanchang Trade Fair was held in the provincial capital Nanchang.",
         {("3rd Nanchang Trade Fair", "locatedIn", "Nanchang")}),
        ("The Gyirong International Border Trade Market opens in Gyirong, Tibet.",
         {("Gyirong International Border Trade Market", "locatedIn", "Gyirong")}),
        # a place before a description of the company
        ("Japan-based pneumatic products manufacturer Zorvan Group has opened a plant.",
         {("Zorvan Group", "locatedIn", "Japan")}),
        ("Beijing's auto group Zorvan Motor has opened a plant.",
         {("Zorvan Motor", "locatedIn", "Beijing")}),
        # trade ties, trade volume between two sides, partner of
        ("Shandong strengthens trade ties with Japan and South Korea.",
         {("Shandong", "tradesWith", "Japan"), ("Shandong", "tradesWith", "South Korea")}),
        ("In 2022, the import and export trade volume between Jiangxi and Germany reached 1.66 "
         "billion dollars.", {("Jiangxi", "tradesWith", "Germany")}),
        ("Germany has become an important investment and trading partner of Jiangxi.",
         {("Jiangxi", "tradesWith", "Germany")}),
        # an event inside "At the opening ceremony of A and B ..." that opens the sentence
        ("At the opening ceremony of the 133rd Hefei Import Fair and the 2nd Chao Lake Trade "
         "Forum held the day before, Wang Lei, Vice Premier of China, delivered a speech.",
         {("Wang Lei", "participatesIn", "133rd Hefei Import Fair"),
          ("Wang Lei", "participatesIn", "2nd Chao Lake Trade Forum")}),
        # trading partners, either side of the copula
        ("Germany is Anhui's largest trading partner.", {("Anhui", "tradesWith", "Germany")}),
        ("Anhui is Germany's second-largest trade partner in China.",
         {("Anhui", "tradesWith", "Germany")}),
    ],
)
def test_org_relations_said_otherwise(extractor: Extractor, text: str,
                                      expected: set[tuple[str, str, str]]) -> None:
    assert expected <= triples(run(extractor, text))


# The rules of these families (the learned model may still weigh the same words).
RULES = {"participate-list", "participate-alone", "participate-bring", "participate-passage",
         "invest-passive", "invest-operations", "invest-deal", "implement-frame",
         "located-described", "trade-partner", "trade-ties", "invest-the-place", "held-in",
         "implement-by", "trade"}


@pytest.mark.parametrize(
    "text",
    [
        # no event anywhere: a list of participants takes part in nothing
        "Among the participants were Zorvan Group and Brellix Group.",
        # a sentence that names another event is left to the sentence's own rules
        EXPO + "Zorvan Group attended the 2nd Wuhu Forum.",
        # an agreement that is no investment; a plan to expand is no investment either
        "Zorvan Group signed a sales agreement with Nanning.",
        "Zorvan Group plans to expand its business in Hefei.",
        # a place in a description of something else
        "Zorvan Group met a Hefei-based delegation.",
        # someone else's trade, and a place's own country is no market of it
        "Inner Mongolia grew fast. Exports of machinery from China to Mongolia surpassed food.",
        "Inner Mongolia grew fast. The change was due to China's imports of oil from Russia.",
        "Inner Mongolia grew fast. Inner Mongolia imported machinery from China.",
        # partners and ties that are not trade
        "Germany is Anhui's strategic partner.",
        "Shandong strengthens cultural ties with Japan.",
        # another's ties: China is no trader in the schema, and not Erenhot's
        "Erenhot has been a bridgehead for China's economic and trade ties with Mongolia.",
        # "the city" with no city named before; a province is no "city"
        "Zorvan Group has established a global technology hub in the city.",
        "Anhui is a big province. Zorvan Group has established a technology hub in the city.",
        # a company's plants are located somewhere, not the company
        "Zorvan Group's plants are located in Jiangsu.",
        # the programme's own parts are not acting under it
        "Anhui opened the route, which is part of the Belt and Road Initiative.",
    ],
)
def test_what_these_rules_do_not_say(extractor: Extractor, text: str) -> None:
    ex = run(extractor, text)
    said = {(ex.mentions[r.subj].text, r.pred, ex.mentions[r.obj].text)
            for r in ex.relations if r.extractor in RULES}
    assert not said


def test_a_currency_is_no_place(extractor: Extractor) -> None:
    """ "980 million US dollars" names no place the company invests in."""
    found = triples(run(extractor, "Kasen Group will invest in an industrial zone in Indonesia, "
                                   "with a total investment of 980 million US dollars."))
    assert ("Kasen Group", "investsIn", "Indonesia") in found
    assert not {t for t in found if t[2] in ("US", "United States")}


def test_the_x_based_company_is_the_company_named_before(extractor: Extractor) -> None:
    # the place of "the Osaka-based company" says where the company is, not who invests
    found = triples(run(extractor, "Lan met Hiroshi Takeda, President of Takeda Seiki Co., "
                                   "Ltd. The Osaka-based company opened a plant in Qinzhou in "
                                   "2021."))
    assert ("Takeda Seiki Co., Ltd.", "investsIn", "Qinzhou") in found
    assert not any(s == "Osaka" and p == "investsIn" for s, p, _ in found)


@pytest.mark.parametrize("noun", ["company", "firm"])
def test_the_place_before_a_company_noun_locates_the_company(extractor: Extractor,
                                                              noun: str) -> None:
    # "the Suzhou firm" is the company named before, in Suzhou: the city invests nowhere
    found = triples(run(extractor, f"Hengrun Biotech Co., Ltd. said the Suzhou {noun} would "
                                   "set up a plant in Vietnam."))
    assert ("Hengrun Biotech Co., Ltd.", "investsIn", "Vietnam") in found
    assert not any(s == "Suzhou" for s, _, _ in found)

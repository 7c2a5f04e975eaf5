"""Entities on text nobody tuned on (kg/extract/names.py, ner.py, mentions.py, editions.py),
on invented sentences: an edition and every short form of it are one event (also in a
headline and as "this year's Expo"); a company known by its keyword, its legal form or a list
after a company noun; a parliament is a GovernmentBody; a name with a post in apposition is a
person whatever the model took it for; a bilateral centre is an Organization; a multi-province
economic zone is a Region."""

from __future__ import annotations

import pytest
from extracting import classes, run

from kg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [
        # companies never seen before
        ("The foreign banks are Citibank and Development Bank of Ruritania.",
         "Development Bank of Ruritania", "Enterprise"),
        ("Brennan Motors and Tarvel Electronics signed deals in Hefei.", "Brennan Motors",
         "Enterprise"),
        ("Brennan Motors and Tarvel Electronics signed deals in Hefei.", "Tarvel Electronics",
         "Enterprise"),
        ("Jennifer Ross, sourcing director at Coppel Hermanos SA de CV, spoke.",
         "Coppel Hermanos SA de CV", "Enterprise"),
        ("The fair drew retail giants like Valmont and Carrefive.", "Valmont", "Enterprise"),
        ("The fair drew retail giants like Valmont and Carrefive.", "Carrefive", "Enterprise"),
        ("The province signed an MOU with two Japanese enterprises, KLC and Morivan Co., Ltd, "
         "at the government office.", "Morivan Co., Ltd", "Enterprise"),
        # described as a company
        ("Velkor, a Detroit-based maker of electric trucks, opened a plant in Hefei.",
         "Velkor", "Enterprise"),
        ("Chinese carmaker Zhenyu opened a new factory in Wuhu.", "Zhenyu", "Enterprise"),
        ("Japan-based pneumatic products manufacturer Korrin opened a hub in Hefei.", "Korrin",
         "Enterprise"),
        ("Kestrel Motors unveiled two models at the 19th Harbour International Auto Show.",
         "19th Harbour International Auto Show", "Event"),
        ("A Sichuan delegation went to the 2023 Velden Air Show in Germany.",
         "2023 Velden Air Show", "Event"),
        ("Harwick Flow Control today opened a new plant in Luzhou.", "Harwick Flow Control",
         "Enterprise"),
        ("Last year Orsk Nordic Freight set up its first office in Wuhu.",
         "Orsk Nordic Freight", "Enterprise"),
        ("A logistics company called Dunmore Freight set up a bureau in Pingxiang.",
         "Dunmore Freight", "Enterprise"),
        ("The plant opened on Monday. Norvak Flow Systems, a subsidiary of Halvard Group, "
         "built it in Luzhou.", "Norvak Flow Systems", "Enterprise"),
        ("German chemical giant Brantag will invest 2 billion euros in Zhanjiang.", "Brantag",
         "Enterprise"),
        ("The deal was signed by Norvex, a Swedish producer of paper, and the Guangxi "
         "government.", "Norvex", "Enterprise"),
        ("Among them, United States-based Corvane Products was the 200th to be certified.",
         "Corvane Products", "Enterprise"),
        # a field's name is no company, and is never split at "and"
        ("He spoke at the Belt and Road Conference on Science and Technology Exchange.",
         "Belt and Road Conference on Science and Technology Exchange", "Event"),
        ("She studied at the Harbin Technology and Business University.",
         "Harbin Technology and Business University", "Organization"),
        # foreign legislatures and their officers
        ("Esther Kamau, First Vice Speaker of the Parliament of Ruritania, spoke.",
         "Parliament of Ruritania", "GovernmentBody"),
        ("The Senate of Avalon approved the treaty.", "Senate of Avalon", "GovernmentBody"),
        # a parliament's deputy chairman holds a state post: an Official (ANNOTATION.md, Types)
        ("Premier Wang attended along with Georgian Deputy Chairman of the Parliament Zurab "
         "Kvaratsi.", "Zurab Kvaratsi", "Official"),
        # a family name and a hyphenated given name after an organ's or a company's name
        ("Speeches were given by the Undersecretary of the Ruritanian Ministry of Trade Economy "
         "Yoon Sang-Jick and the Vice Chairman of Tarvel Electronics Kwon Oh-hyun.",
         "Yoon Sang-Jick", "Official"),
        ("Speeches were given by the Undersecretary of the Ruritanian Ministry of Trade Economy "
         "Yoon Sang-Jick and the Vice Chairman of Tarvel Electronics Kwon Oh-hyun.",
         "Tarvel Electronics", "Enterprise"),
        # the board is the company's
        ("John Barrow, the Chairman of the Board of Velmont Corporation, spoke.",
         "Velmont Corporation", "Enterprise"),
        ("Mr Chan Ka-ho, Chairman of the Board of Directors of Tiansheng Holdings, spoke.",
         "Tiansheng Holdings", "Enterprise"),
        # a post in apposition makes a person of a name the model took for a place
        ("The expo will help drive cooperation, Qiu Jinzao, China's Vice Minister of Commerce, "
         "said.", "Qiu Jinzao", "Official"),
        # Zone, Organization or Region by the words of the name
        ("The Ruritania-China Centre opened an office in Chengdu.", "Ruritania-China Centre",
         "Organization"),
        ("The Central China Economic Zone grew fast.", "Central China Economic Zone", "Region"),
        ("Trade along the Velora River Economic Zone grew.", "Velora River Economic Zone",
         "Region"),
        # a numbered list of officials is text, not a headline
        ("8. Mayor Hu Jianye, Ningcheng Municipal Government; and\n\n9. Mayor Ge Honglin, "
         "Chengdu Municipal Government.", "Hu Jianye", "Official"),
        ("8. Mayor Hu Jianye, Ningcheng Municipal Government; and\n\n9. Mayor Ge Honglin, "
         "Chengdu Municipal Government.", "Ningcheng Municipal Government", "GovernmentBody"),
    ],
)
def test_class_of_a_new_name(extractor: Extractor, text: str, name: str, cls: str) -> None:
    assert classes(extractor, text).get(name) == cls


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The province signed an MOU with two Japanese enterprises, KLC and Morivan Co., Ltd, "
         "at the government office.", "KLC and Morivan Co., Ltd"),
        ("Premier Wang attended along with Georgian Deputy Chairman of the Parliament Zurab "
         "Kvaratsi.", "Parliament Zurab Kvaratsi"),
        ("John Barrow, the Chairman of the Board of Velmont Corporation, spoke.",
         "Board of Velmont Corporation"),

        ("Speeches were given by the Vice Chairman of Tarvel Electronics Kwon Oh-hyun.",
         "Tarvel Electronics Kwon Oh-hyun"),
        ("The expo will help drive cooperation, Qiu Jinzao, China's Vice Minister of Commerce, "
         "said.", "Qiu Jinzao'"),
    ],
)
def test_no_such_name(extractor: Extractor, text: str, absent: str) -> None:
    assert absent not in classes(extractor, text)


def _events(extractor: Extractor, text: str) -> dict[str, str | None]:
    """Each Event mention's text -> the name it stands for (None: itself)."""
    return {m.text: m.refers_to for m in run(extractor, text).mentions if m.cls == "Event"}


@pytest.mark.parametrize(
    ("text", "short", "edition"),
    [
        # the series name and "the Expo" both end on the edition
        ("Tiansheng-Northeast Asia Expo Opens\n\nThe 10th Tiansheng-Northeast Asia Expo opened "
         "in Changchun. The Tiansheng-Northeast Asia Expo is held every year. The Expo drew "
         "2,000 firms.", "Expo", "10th Tiansheng-Northeast Asia Expo"),
        ("Over 60 countries will attend the sixth Tiansheng International Import Expo (TIIE), "
         "which opens in Shanghai. This year's Expo covers 100,000 square meters.", "Expo",
         "Sixth Tiansheng International Import Expo"),
        ("Over 60 countries will attend the sixth Tiansheng International Import Expo (TIIE), "
         "which opens in Shanghai. This year's Expo covers 100,000 square meters.", "TIIE",
         "Sixth Tiansheng International Import Expo"),
        # a year before a known series makes the edition
        ("The 2024 Summer Davos opened in Dalian. The Annual Meeting of the New Champions drew "
         "1,600 guests.", "Annual Meeting of the New Champions", "2024 Summer Davos"),
        ("The 3rd Ruritania-China Investment and Trade Fair was held in Kunming. More than 800 "
         "firms attended the fair.", "fair", "3rd Ruritania-China Investment and Trade Fair"),
    ],
)
def test_one_event_per_edition(extractor: Extractor, text: str, short: str,
                               edition: str) -> None:
    assert _events(extractor, text).get(short) == edition


def test_an_edition_named_only_in_a_headline(extractor: Extractor) -> None:
    text = ("Envoy Attends the Opening of the 7th Tiansheng Expo and the 5th High-level Forum "
            "on Harbour Cooperation\n\nThe envoy attended the opening of the 7th Tiansheng Expo "
            "in Changchun.")
    assert "5th High-level Forum on Harbour Cooperation" in _events(extractor, text)


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("The Chief Executive, Mr Leung Wai-kit, said Hong Kong would deepen ties with the "
         "province.", "Official"),
        ("Speaking at the forum, the Chief Executive, Mr Leung Wai-kit, said Macao would "
         "deepen ties.", "Official"),
        # no Hong Kong or Macao in sight: a company's chief executive
        ("Chief Executive Mr Leung Wai-kit met the Governor of Guangdong.", "Person"),
        ("Mr Leung Wai-kit, Chief Executive of Tiansheng Holdings, said Hong Kong firms would "
         "invest.", "Person"),
    ],
)
def test_the_chief_executive_of_a_sar(extractor: Extractor, text: str, cls: str) -> None:
    assert classes(extractor, text).get("Leung Wai-kit") == cls


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Li Ming, a company executive in Hefei, said sales rose.", "Li Ming"),
        ("Beijing-based Tiansheng University opened a campus.", "Tiansheng University"),
        ("Chinese carmaker President Li Ming spoke.", "President Li Ming"),
        # opening a plant: a person or an official the text names as one stays one
        ("Governor Wang Ning opened a new plant in Luzhou on Monday.", "Wang Ning"),
        ("Li Qiang inaugurated a factory in Wuhan.", "Li Qiang"),
        ("John Carter established a new office in Hefei.", "John Carter"),
        ("The Zhenan Provincial Government set up an office in Laos.",
         "Zhenan Provincial Government"),
    ],
)
def test_described_but_no_company(extractor: Extractor, text: str, name: str) -> None:
    assert classes(extractor, text).get(name) != "Enterprise"

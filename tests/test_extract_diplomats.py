"""Foreign visitors and diplomats: their names, class, posts and meetings, on invented
sentences with invented names (kg/extract/entities/apposed.py, ner.py, postnames.py;
kg/extract/people/meetings.py, meetingguests.py, foreign.py)."""

from __future__ import annotations

import pytest
from extracting import classes, pairs, run

from kg.extract import Extractor


def _met(extractor: Extractor, text: str) -> set[frozenset[str]]:
    return {frozenset(p) for p in pairs(run(extractor, text), "metWith")}


def _pairs(*pairs_: tuple[str, str]) -> set[frozenset[str]]:
    return {frozenset(p) for p in pairs_}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a single-word name with a diplomat's post in apposition
        ("Mayor Zhou Hao met Nurlan, Malaysian Ambassador to China, on Monday.", "Nurlan"),
        # lower-case particles inside a name
        ("Governor Li Ming met with Pim ten Bos, Consul General of the Netherlands in Shanghai.",
         "Pim ten Bos"),
        ("Li Ming met with Mr. Jan van der Berg, Deputy Consul-General of the Netherlands in "
         "Wuhan.", "Jan van der Berg"),
        # the post's place glued to the holder's name by the model
        ("A meeting between Russian Consul-General in Harbin Ivan Petrov and Governor of "
         "Heilongjiang Zhao Lihua was held on May 3.", "Ivan Petrov"),
        # a foreign province's premier before the name
        ("Premier of the Eastern Cape Province Thabo Nkosi met with Vice Governor Chen Hua.",
         "Thabo Nkosi"),
        ("Consul Ivan Petrov met with Governor of China's northernmost province of Jilin Zhao "
         "Lihua to discuss border trade.", "Zhao Lihua"),
        # the model's town: a Chinese name with a seat in a body in apposition
        ("While in Fujian, the Thai minister also visited Xiamen city, and had a working session "
         "with Cui Yonghai, alternate member of the CPC Central Committee and Secretary of the "
         "city's Party Committee.", "Cui Yonghai"),
    ],
)
def test_foreign_officials(extractor: Extractor, text: str, name: str) -> None:
    assert classes(extractor, text).get(name) == "Official"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mayor Zhou Hao met Nurlan, Malaysian Ambassador to China, and Rahmat Hidayat, "
         "Indonesian Ambassador to China.",
         _pairs(("Zhou Hao", "Nurlan"), ("Zhou Hao", "Rahmat Hidayat"))),
        ("Governor Li Ming met with Pim ten Bos, Consul General of the Netherlands in Shanghai.",
         _pairs(("Li Ming", "Pim ten Bos"))),
        ("A meeting between Russian Consul-General in Harbin Ivan Petrov and Governor of "
         "Heilongjiang Zhao Lihua was held on May 3.", _pairs(("Ivan Petrov", "Zhao Lihua"))),
        ("Premier of the Eastern Cape Province Thabo Nkosi met with Vice Governor Chen Hua.",
         _pairs(("Thabo Nkosi", "Chen Hua"))),
        # a group of diplomats, then its members listed after "including"
        ("Vice Mayor Zhou Hao met with diplomats from five embassies in China, including Karl "
         "Olsen, Norwegian Ambassador to China, Nurlan, Malaysian Ambassador to China, and Anna "
         "Berg, Swedish Ambassador to China.",
         _pairs(("Zhou Hao", "Karl Olsen"), ("Zhou Hao", "Nurlan"), ("Zhou Hao", "Anna Berg"))),
        # the guests listed in the next sentence by "Guests included"
        ("Li Ming, Director-General of the Wuhan Foreign Affairs Office, chaired a meeting with "
         "the consuls general in Wuhan. Guests included Mr. Karl Olsen, Consul General of Norway "
         "in Wuhan, and Ms. Anna Berg, Consul General of Sweden in Wuhan.",
         _pairs(("Li Ming", "Karl Olsen"), ("Li Ming", "Anna Berg"))),
        ("Governor Li Ming met with foreign guests on Monday. Guests included Karl Olsen, Consul "
         "General of Norway in Wuhan, and Anna Berg, Consul General of Sweden in Wuhan.",
         _pairs(("Li Ming", "Karl Olsen"), ("Li Ming", "Anna Berg"))),
        # one guest named after the meeting, with a post in a body
        ("On 17 September, Mr. Li Ming, Vice Governor of Yunnan Province met with the Chinese "
         "and foreign guests attending the Kunming Tourism Week. Mr. Karl Olsen, "
         "Secretary-General of the Nordic-China Centre (NCC) attended the meeting.",
         _pairs(("Li Ming", "Karl Olsen"))),
        # one person of the host's own government is no guest
        ("On 17 September, Mr. Li Ming, Vice Governor of Yunnan Province met with the foreign "
         "guests attending the Kunming Tourism Week. Zhou Hao, Director of the Yunnan Provincial "
         "Department of Commerce, attended the meeting.", set()),
        # the two people a meeting was attended by met
        ("The meeting on Monday was attended by Governor of Yunnan Li Ming, President of the "
         "Nordic Chamber of Commerce and Industry (NCCI) Karl Olsen, and officials from relevant "
         "sectors.", _pairs(("Li Ming", "Karl Olsen"))),
        ("The meeting was attended by Governor Li Ming, Karl Olsen and Anna Berg.", set()),
        # what a sentence after the meeting "included" is no list of guests
        ("Governor Li Ming met with foreign guests on Monday. Topics included trade with Norway "
         "and Sweden.", set()),
    ],
)
def test_diplomats_met(extractor: Extractor, text: str, expected: set[frozenset[str]]) -> None:
    assert _met(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Premier of the Eastern Cape Province Thabo Nkosi met with Vice Governor Chen Hua.",
         {("Thabo Nkosi", "Eastern Cape")}),
        ("Consul Ivan Petrov met with Governor of China's northernmost province of Jilin Zhao "
         "Lihua to discuss border trade.", {("Zhao Lihua", "Jilin")}),
        # coordinated posts of one holder: the nationality before the first names the state
        ("Kazakh Deputy Prime Minister and Minister of Trade Askar Beisenov spoke at the forum "
         "in Urumqi. Kazakhstan is a key partner.", {("Askar Beisenov", "Kazakhstan")}),
        ("Kazakh Deputy Prime Minister and Minister of Trade and Integration Askar Beisenov, in "
         "his speech, stressed the Chinese market. Kazakhstan is a key partner.",
         {("Askar Beisenov", "Kazakhstan")}),
        # a consul serves nowhere
        ("A meeting between Russian Consul-General in Harbin Ivan Petrov and Governor of "
         "Heilongjiang Zhao Lihua was held on May 3.", {("Zhao Lihua", "Heilongjiang")}),
    ],
)
def test_foreign_serves_in(extractor: Extractor, text: str, expected: set[tuple[str, str]]
                           ) -> None:
    assert pairs(run(extractor, text), "servesIn") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lowercase head after a capitalised title word
        ("Vice chairperson of the Standing Committee of the Hunan Provincial People's Congress "
         "Karl Olsen said trade is growing.",
         {("Karl Olsen", "Standing Committee of the Hunan Provincial People's Congress")}),
        # "its" organ: the post is in it
        ("A delegation led by Politburo member, Secretary of the Party Central Committee and "
         "Chairman of its Commission for Internal Affairs Tran Van Hai, visited Yunnan province.",
         {("Tran Van Hai", "Commission for Internal Affairs")}),
    ],
)
def test_posts_in_its_organ(extractor: Extractor, text: str, expected: set[tuple[str, str]]
                            ) -> None:
    assert pairs(run(extractor, text), "holdsPositionIn") == expected


def test_head_of_un_agency_is_official(extractor: Extractor) -> None:
    text = ("Zhao Lihua met in Nanjing with Wang Peng, secretary general of the International "
            "Telecommunication Union.")
    assert classes(extractor, text)["Wang Peng"] == "Official"


def test_holder_cut_from_the_organ(extractor: Extractor) -> None:
    # the model reads the organ and its holder's name as one organisation
    text = "Director of the Department of Foreign Affairs Ma Jianguo met with Karl Olsen."
    ex = run(extractor, text)
    assert pairs(ex, "holdsPositionIn") == {("Ma Jianguo", "Department of Foreign Affairs")}
    assert {frozenset(p) for p in pairs(ex, "metWith")} == {frozenset(("Ma Jianguo",
                                                                       "Karl Olsen"))}


def test_double_surname_kept_whole(extractor: Extractor) -> None:
    # "Hale-Dunmore, chair of X": the word after the hyphen is no one-word name of its own
    text = ("Zhang Xin, vice-governor of Guangdong province, met with a delegation led by "
            "Richard Hale-Dunmore, chair of the Britain-Asia Trade Council, in Guangzhou.")
    assert _met(extractor, text) == _pairs(("Zhang Xin", "Richard Hale-Dunmore"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name the gazetteer lacks before a lowercase division's kind is a foreign province
        ("Li Ming met with Kenji Sato, governor of Japan's Kitayama prefecture, on May 3.",
         {("Kenji Sato", "Kitayama")}),
        # "the <nationality> prefecture": the one named before
        ("The Hubei delegation visited Kitayama prefecture on May 3. Kenji Sato, governor of "
         "the Japanese prefecture, praised the ties with Hubei province.",
         {("Kenji Sato", "Kitayama")}),
    ],
)
def test_foreign_prefecture_governor(extractor: Extractor, text: str,
                                     expected: set[tuple[str, str]]) -> None:
    ex = run(extractor, text)
    assert pairs(ex, "servesIn") == expected
    assert classes(extractor, text)["Kitayama"] == "Region"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare consular post, and the one mission its sentence names
        ("Uzbekistan's Consulate General in Harbin said on Friday that Consul Ivan Petrov met "
         "with Governor of Heilongjiang Zhao Lihua to discuss border trade.",
         {("Ivan Petrov", "Consulate General in Harbin")}),
        # the post names the same state as a mission the text names later
        ("Consul General of the Republic of Uzbekistan in Xi'an Aidar Nurlanov met with Acting "
         "Mayor of Xi'an Zhou Hao. The two sides agreed to maintain contacts between the "
         "Consulate General of the Republic of Uzbekistan and the People's Government of Xi'an.",
         {("Aidar Nurlanov", "Consulate General of the Republic of Uzbekistan")}),
        # a bare post, the mission named in another sentence only: which one is not said
        ("On May 3, the Consulate General held talks with officials from Ohio. Acting Consul "
         "General Liu Hong and Mayor of Toledo Ann Smith attended the talks.", set()),
        # another state's mission
        ("Consul General of Norway in Shanghai Karl Olsen met Li Ming. The Consulate General of "
         "Sweden in Shanghai hosted a reception.", set()),
        # a post naming its state without "of": which of the state's missions is not said
        ("The delegation began with a briefing by U.S. Consul General Tom Baker and members of "
         "the U.S. Consulate staff.", set()),
    ],
)
def test_mission_posts(extractor: Extractor, text: str, expected: set[tuple[str, str]]) -> None:
    assert pairs(run(extractor, text), "holdsPositionIn") == expected


def test_mission_staff_serve_nowhere(extractor: Extractor) -> None:
    text = ("Li Ming met with Mr. Marco, Trade Commissioner of the Consulate-General of the "
            "Republic of Chile in Chengdu.")
    ex = run(extractor, text)
    assert pairs(ex, "holdsPositionIn") == {
        ("Marco", "Consulate-General of the Republic of Chile in Chengdu")}
    assert pairs(ex, "servesIn") == set()

"""Who holds a state post, read around the name (kg/extract/people/officials.py and titles.py), on
invented sentences: posts before a comma, posts "for" a field, plural posts over a list,
honorifics, and business posts that read "president"."""

from __future__ import annotations

import pytest
from extracting import classes, pairs, rules_only, run

from kg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a post, a comma, an honorific, the name
        ("The meeting was chaired by the Chief Secretary for Administration, Mr Paul Chan; "
         "the Vice-Governor of Hunan Province, Mr Li Dawei and the Secretary for Security of "
         "the Macao Special Administrative Region, Mr Ho Man.",
         ["Paul Chan", "Li Dawei", "Ho Man"]),
        ("Consul General of the Republic of Peru, Dr.Maria Lopez was invited by the Hubei "
         "Chamber.", ["Maria Lopez"]),
        ("Mr Lam Kit met in Beijing with the Chairman of the National Development and Reform "
         "Commission (NDRC), Mr Gao Feng.", ["Gao Feng"]),
        # a post "for" a field
        ("Minister for National Development Peter Lim arrives in China today.", ["Peter Lim"]),
        # abbreviated posts
        ("On his trade trip in China, Gov. Mark Hollis on Tuesday signed a memorandum with "
         "Hubei.", ["Mark Hollis"]),
        ("Olsen is accompanied by MP Jon Nilsen.", ["Jon Nilsen"]),
        # a plural post over a list
        ("Olsen is accompanied by State Ministers Karl Berg, Tom Lund and Eva Dahl.",
         ["Karl Berg", "Tom Lund"]),
        ("Wuhan municipal leaders including Zhou Hai, Qian Ming and Sun Lei attended.",
         ["Zhou Hai", "Qian Ming"]),
        # a post owned by a place named by its common noun
        ("Mr Tan will co-chair the council with the city's mayor Zhao Ping.", ["Zhao Ping"]),
        # an authority is a state organ; "an official" holds a state post
        ("According to Feng Yu, head of the Authority of Nansha, the challenge remains.",
         ["Feng Yu"]),
        ("Exports rose, said Ma Jun, an official in charge of statistics at the Wuhan "
         "Customs.", ["Ma Jun"]),
        # a nationality of two words before the post
        ("Amal Perera, the Sri Lankan Prime Minister, visited Chengdu.", ["Amal Perera"]),
        ("Sri Lankan Prime Minister Amal Perera met Premier Li Ming in Beijing.",
         ["Amal Perera"]),
        # a president of a state organisation
        ("Lu Min, Vice President of the Chinese People's Association for Friendship with "
         "Foreign Countries, spoke.", ["Lu Min"]),
        ("Luis Vega, President of Peru, visited Chengdu.", ["Luis Vega"]),
        # a post before a dash
        ("Premiers met with Member of Standing Committee of Political Bureau of CPC Central "
         "Committee – ZHOU Wenhai on September 14th.", ["ZHOU Wenhai"]),
        # a lowercase post after its country, before the comma
        ("Present were senior officials of Peru, and Peru ambassador to China, Mr. Juan Cruz.",
         ["Juan Cruz"]),
        # a post in the state's trade promotion council, by its abbreviation
        ("The delegation was received by Mr.Lin Fang, Vice-Chairman of CCPIT Hubei, and "
         "others.", ["Lin Fang"]),
        # honorifics with their own full stop between the post and the name
        ("Asia-Africa Centre (AAC) Secretary-General H.E. Mme. Lin Hua attended the forum.",
         ["Lin Hua"]),
        # an executive bureau is an organ, not an event's committee
        ("The platform grows, said Liu Gang, director of the Executive Bureau of Investment "
         "Promotion with the Ministry of Commerce.", ["Liu Gang"]),
        # heads of foreign regions under their own titles
        ("Arman Dosbolov, akim of Almaty Region, was received by Gu Pinghe in Urumqi.",
         ["Arman Dosbolov"]),
        ("In Hefei, Marek Zielny, Voivode of Lower Silesia, met with Anhui Vice Governor Ding "
         "Rongsheng.", ["Marek Zielny", "Ding Rongsheng"]),
        ("Liu Qianmin met with Paul Ravel, Prefect of the Rhone department, on Monday.",
         ["Paul Ravel"]),
        # a name after a post that ends in a place
        ("Chongqing Mayor Hu Jinsong met with Ambassador of Hungary to China Gabor Farkas.",
         ["Gabor Farkas"]),
        ("Shen Baihui received Thai Ambassador to China Somchai Rattanakul in Kunming.",
         ["Somchai Rattanakul"]),
        # the surname He at a sentence's start, the name followed by its post
        ("He Zhiguo, mayor of Wuxi, led a delegation to Osaka.", ["He Zhiguo"]),
        # a chargé d'affaires heads a mission, after the name or before it
        ("The guests were received by Tomas Verlan, Charge d'Affaires of the Ruritanian "
         "Embassy in China.", ["Tomas Verlan"]),
        ("Chargé d'affaires Tomas Verlan visited Kunming.", ["Tomas Verlan"]),
        # the names a plural post opens, which the model cuts or misses (givennames.py)
        ("The minister is accompanied by State Ministers Tharaka Perera, Janaka Silva and "
         "Kanaka Herath.", ["Tharaka Perera", "Janaka Silva", "Kanaka Herath"]),
        ("Deputy Ministers Tomas Verlan and Anna Berg attended the forum.",
         ["Tomas Verlan", "Anna Berg"]),
        # a legislature's speaker named after the bare title
        ("The mayor met a delegation headed by Governor Lee Hanwoo and Speaker Kim Dongsu.",
         ["Lee Hanwoo", "Kim Dongsu"]),
        ("Speaker Anna Berg of the regional assembly toured Wuxi.", ["Anna Berg"]),
        # a list: after ", and" the post before the comma is the next name's
        ("China's Ambassador to Peru, Wang Lihua, and deputy governor of Hunan province, "
         "Zhou Minghua, visited Yueyang.", ["Wang Lihua", "Zhou Minghua"]),
        # a plural post and its place before the names
        ("The guests were received by vice-mayors of Changsha Li Dewei and Tan Jianping.",
         ["Li Dewei", "Tan Jianping"]),
        # a monarch's title with an honorific between it and the name
        ("Guests, including King Sheikh Salman bin Rashid Al-Mansour of Bahrain, attended.",
         ["Salman bin Rashid Al-Mansour"]),
    ],
)
def test_officials(extractor: Extractor, text: str, names: list[str]) -> None:
    found = classes(extractor, text)
    assert {n: found.get(n) for n in names} == {n: "Official" for n in names}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mr. Jason Reed, senior vice president of Acme and president of its China unit, said "
         "so.", "Jason Reed"),
        ('"We are proud," said Tom Drake, vice president and general manager of Acme Valves.',
         "Tom Drake"),
        ("Li Ping, a manager at Hubei Dingxin, told reporters.", "Li Ping"),
        ("Anna Krug, Former Speaker of the Federal Parliament of Austria, spoke.", "Anna Krug"),
        # a speaker at an event holds no post
        ("Keynote speaker Tom Fox of Acme Valves spoke at the forum.", "Tom Fox"),
        # an honorific alone is no post
        ("Sheikh Salman bin Rashid Al-Mansour visited Lanzhou.", "Salman bin Rashid Al-Mansour"),
        ("Mark Hill, president of the chamber, spoke.", "Mark Hill"),
        ('"It marks a milestone," said Tom Lee, vice president and general manager, Acme '
         "Flow's global unit.", "Tom Lee"),
        ("Business leaders including Tom Fox and Ann Lee attended.", "Tom Fox"),
        # the post before the comma is the previous person's
        ("Li Wei met Ken Ota, Mayor of Kobe, Tom Vick, chairman of Beta Corp, and others.",
         "Tom Vick"),
        # a regional head's title names no one else in the sentence
        ("Marek Zielny, an engineer who met the voivode last year, opened the plant.",
         "Marek Zielny"),
        # a company's director general holds no state post
        ("Director General Luis Perez of Banco Verde S.A. signed the agreement.", "Luis Perez"),
    ],
)
def test_persons(extractor: Extractor, text: str, name: str) -> None:
    assert classes(rules_only(extractor), text).get(name) == "Person"


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The meeting was chaired by the Chief Secretary for Administration, Mr Paul Chan.",
         "Chief Secretary for Administration"),
        ("Secretary-General H.E. Mme. Lin Hua attended the forum.", "H.E. Mme"),
        ("Sri Lankan Prime Minister Amal Perera visited Chengdu.", "Sri"),
        ("The delegation was received by Mr.Fang Lei, Vice-Chairman of the Hubei Chamber.",
         "Mr.Fang Lei"),
        ("In Hefei, Marek Zielny, Voivode of Lower Silesia, met with Ding Rongsheng.",
         "Voivode"),
    ],
)
def test_no_such_mention(extractor: Extractor, text: str, absent: str) -> None:
    assert absent not in classes(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # after the place comes a company, not a person
        "The Ambassador of Italy to China Southern Airlines Group spoke.",
        # no post before the place
        "The delegation from Hungary Visited Farm Machinery Plants.",
        # the pronoun before a capitalised word and a list
        "He Visited Osaka, Kyoto and Nara, local media said.",
    ],
)
def test_no_person_after_a_place(extractor: Extractor, text: str) -> None:
    assert [n for n, c in classes(extractor, text).items() if c in ("Person", "Official")] == []


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Foreign guests, including former United Nations secretary-general Lee Mun-ho, will "
         "attend the event.", "Lee Mun-ho"),
        ("H.E. Mme. Anna Gruber, Former Speaker of the Federal Parliament of the Republic of "
         "Austria, attended the forum.", "Anna Gruber"),
        ("The former governor of Hunan, Chen Lin, attended the forum.", "Chen Lin"),
    ],
)
def test_a_former_post_is_held_nowhere(extractor: Extractor, text: str, person: str) -> None:
    ex = run(extractor, text)
    assert not {s for s, _ in pairs(ex, "holdsPositionIn") | pairs(ex, "servesIn")} & {person}


def test_a_current_post_beside_a_former_one_is_held(extractor: Extractor) -> None:
    text = ("Former Mayor Chen Lin and Lena Hartwig, Secretary-General of the Asia Trade "
            "Federation, attended the forum.")
    assert ("Lena Hartwig", "Asia Trade Federation") in pairs(run(extractor, text),
                                                              "holdsPositionIn")



@pytest.mark.parametrize(
    ("text", "official", "person"),
    [
        # the head of an intergovernmental body is an Official; a chamber's is not
        ("Mr. Chen Dehua, Secretary-General of the ASEAN-China Centre (ACC), attended the "
         "meeting. Ms. Wang Li, Secretary-General of the Hubei Chamber of Commerce, spoke.",
         "Chen Dehua", "Wang Li"),
        ("Li Ming met with Anna Berg, Secretary-General of the International Maritime "
         "Organization, and Tom Reed, president of the Nordic-China Business Council.",
         "Anna Berg", "Tom Reed"),
        # a plural local leaders' post over a list
        ("Li Hongfeng, chairman of Hanxing Logistics Group Co., Ltd., and city leaders Chen "
         "Mingbao and Luo Lina attended the signing. Company leaders Zhou Min and Wu Jie spoke.",
         "Luo Lina", "Zhou Min"),
        ("City leader Zhuge Yujun also attended the meeting. Team leader Zhou Min spoke.",
         "Zhuge Yujun", "Zhou Min"),
    ],
)
def test_official_by_the_body_or_the_level(extractor: Extractor, text: str, official: str,
                                           person: str) -> None:
    cls = classes(rules_only(extractor), text)
    assert cls.get(official) == "Official"
    assert cls.get(person) == "Person"


def test_a_name_opening_a_paragraph_keeps_its_post(extractor: Extractor) -> None:
    """The parser may cut a paragraph's first word off as a sentence ("Li | Minggao, ...")."""
    text = ("Diplomacy\n\nLi Minggao, Ambassador of China to the Republic of Vanuatu, "
            "attended the event.")
    assert classes(extractor, text).get("Li Minggao") == "Official"


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Dignitaries, including former United Nations secretary-general Ban Kimun, will "
         "attend the event.", "Ban Kimun"),
        ("Former Vice Governor Li Ming attended the event.", "Li Ming"),
    ],
)
def test_a_post_no_longer_held_makes_no_official(extractor: Extractor, text: str,
                                                person: str) -> None:
    assert classes(extractor, text).get(person) == "Person"


def test_a_body_before_member_of_is_the_posts_words(extractor: Extractor) -> None:
    text = ("The meeting was chaired by Governor Hu Changsan, Standing Committee Member of the "
            "CPC Fujian Provincial Committee.")
    found = classes(extractor, text)
    assert "Standing Committee" not in found
    assert found.get("CPC Fujian Provincial Committee") == "GovernmentBody"


def test_a_headline_verb_is_no_part_of_a_name(extractor: Extractor) -> None:
    text = "Secretary-General Yang Xiuping Meets with Vice Mayor of Kunming"
    found = classes(extractor, text)
    assert "Yang Xiuping" in found and "Yang Xiuping Meets" not in found


def test_a_post_after_and_is_the_next_names(extractor: Extractor) -> None:
    ex = run(extractor, "China's Ambassador to Peru, Wang Lihua, and deputy governor of Hunan "
                        "province, Zhou Minghua, visited Yueyang.")
    assert pairs(ex, "servesIn") == {("Zhou Minghua", "Hunan province")}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a capitalised post after a place's possessive is the place's post too
        ("Li Ming met with Qujing's Party Secretary Zhang Guohua on Monday.",
         ("Zhang Guohua", "Qujing")),
        ("The guests were welcomed by Hubei's Vice Governor Tao Lianfeng.",
         ("Tao Lianfeng", "Hubei")),
    ],
)
def test_a_post_after_a_places_possessive_serves_there(extractor: Extractor, text: str,
                                                       pair: tuple[str, str]) -> None:
    assert pair in pairs(run(extractor, text), "servesIn")


def test_a_post_word_ends_no_bodys_name(extractor: Extractor) -> None:
    ex = run(extractor, "Li Ming met with Qujing's Party Committee Secretary Zhang Guohua.")
    assert "Party Committee Secretary" not in {m.text for m in ex.mentions}


def test_a_plural_post_of_a_place_serves_there(extractor: Extractor) -> None:
    ex = run(extractor, "The guests were received by vice-mayors of Changsha Li Dewei and "
                        "Tan Jianping.")
    assert pairs(ex, "servesIn") == {("Li Dewei", "Changsha"), ("Tan Jianping", "Changsha")}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Zhou Ping, an official from the Wuhu Logistics Park, said the park would grow.",
         "Wuhu Logistics Park"),
        ("Zhou Ping, a representative from the Anhui Provincial Department of Commerce, spoke.",
         "Anhui Provincial Department of Commerce"),
    ],
)
def test_an_official_from_a_body_holds_a_post_in_it(extractor: Extractor, text: str,
                                                    body: str) -> None:
    assert ("Zhou Ping", body) in pairs(run(extractor, text), "holdsPositionIn")


def test_a_second_post_after_comma_and_is_the_same_persons(extractor: Extractor) -> None:
    ex = run(extractor, "Karl Olsen, head of the Nordic trade mission, and mayor of Bergen, "
                        "said mayors are committed.")
    assert ("Karl Olsen", "Bergen") in pairs(ex, "servesIn")


def test_a_post_after_comma_and_before_a_name_is_that_names(extractor: Extractor) -> None:
    ex = run(extractor, "Karl Olsen, head of the Nordic trade mission, and mayor of Bergen "
                        "Anna Berg visited Qingdao.")
    assert ("Karl Olsen", "Bergen") not in pairs(ex, "servesIn")


def test_posts_listed_with_commas_after_the_name_are_all_the_persons(
        extractor: Extractor) -> None:
    ex = run(extractor, "Tan Wei, member of the CPC Central Committee, Secretary of the Guizhou "
                        "Provincial Party Committee, and Chairman of the Standing Committee of "
                        "the Guizhou Provincial People's Congress, met the delegation.")
    held = {o for s, o in pairs(ex, "holdsPositionIn") if s == "Tan Wei"}
    assert {"CPC Central Committee", "Guizhou Provincial Party Committee"} <= held
    assert ("Tan Wei", "Guizhou") in pairs(ex, "servesIn")


def test_a_name_after_a_listed_post_takes_that_post(extractor: Extractor) -> None:
    ex = run(extractor, "Li Ming, mayor of Hangzhou, Director of the Zhejiang Commerce "
                        "Department Wang Fang, and others attended.")
    assert ("Li Ming", "Zhejiang Commerce Department") not in pairs(ex, "holdsPositionIn")
    assert ("Li Ming", "Hangzhou") in pairs(ex, "servesIn")


@pytest.mark.parametrize(
    ("text", "official", "place"),
    [
        ("The mission, led by Zhejiang Governor Mr Xia Ming, will sign an agreement.",
         "Xia Ming", "Zhejiang"),
        ("It followed a tour by Governor Dr Yuan Hao of Fujian Province.", "Yuan Hao",
         "Fujian Province"),
        ("Mayor Ms. Jane Doe of Auckland welcomed the guests.", "Jane Doe", "Auckland"),
    ],
)
def test_an_honorific_between_the_post_and_the_name(
        extractor: Extractor, text: str, official: str, place: str) -> None:
    ex = run(extractor, text)
    assert {m.text: m.cls for m in ex.mentions}[official] == "Official"
    assert (official, place) in pairs(ex, "servesIn")


@pytest.mark.parametrize(
    ("text", "official", "place", "cls"),
    [
        # a place the gazetteer does not know, named only by the mayor's or governor's post
        ("Porirua Mayor Nick Leggett and Kapiti Mayor Jenny Rowan will sign the agreement.",
         "Jenny Rowan", "Kapiti", "City"),
        ("Porirua Mayor Nick Leggett and Kapiti Mayor Jenny Rowan will sign the agreement.",
         "Nick Leggett", "Porirua", "City"),
        ("Ogun Governor Dapo Abiodun met the delegation in Abeokuta.", "Dapo Abiodun", "Ogun",
         "Region"),
    ],
)
def test_the_place_a_local_post_heads(
        extractor: Extractor, text: str, official: str, place: str, cls: str) -> None:
    ex = run(extractor, text)
    found = {m.text: m.cls for m in ex.mentions}
    assert found[official] == "Official" and found[place] == cls
    assert (official, place) in pairs(ex, "servesIn")


@pytest.mark.parametrize("text", [
    "Executive Mayor Zandile Gumede welcomed the delegation.",
    "Former Governor Li Ming and Deputy Mayor Wang Fang attended.",
])
def test_a_posts_own_words_are_no_place(extractor: Extractor, text: str) -> None:
    found = classes(extractor, text)
    assert not {"Executive", "Former", "Deputy"} & set(found)


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        # a delegation's list: name, post, body, each in its own column
        ("The delegation included Hu Ming, Mayor, Daying County Government and Mr. Li Wei, "
         "Director, Suining Finance Bureau.", "Hu Ming", "Daying County Government"),
        ("The delegation included Hu Ming, Mayor, Daying County Government and Mr. Li Wei, "
         "Director, Suining Finance Bureau.", "Li Wei", "Suining Finance Bureau"),
        ("Zhao Lei, Vice President, Lumex Technologies, spoke at the event.", "Zhao Lei",
         "Lumex Technologies"),
    ],
)
def test_a_post_and_its_body_listed_after_the_name(
        extractor: Extractor, text: str, person: str, body: str) -> None:
    assert (person, body) in pairs(run(extractor, text), "holdsPositionIn")


def test_a_listed_body_is_not_taken_past_a_post_that_names_one(extractor: Extractor) -> None:
    ex = run(extractor, "Li Ming, mayor of Hangzhou, Lumex Technologies and others signed.")
    assert ("Li Ming", "Lumex Technologies") not in pairs(ex, "holdsPositionIn")


@pytest.mark.parametrize(
    ("text", "official", "country"),
    [
        # the state named before a post that is set off from the name by a comma or a dash
        ("Kazakh Deputy Prime Minister and Minister of Trade, Serik Nurlanov, and Party "
         "Secretary of Xinjiang Ma Jun discussed trade between Xinjiang and Kazakhstan.",
         "Serik Nurlanov", "Kazakhstan"),
        ("The Kazakh Minister of Trade, Serik Nurlanov, met Ma Jun to discuss trade with "
         "Kazakhstan.", "Serik Nurlanov", "Kazakhstan"),
        ("The pavilion was opened by Sri Lanka’s Minister of Trade and Commerce – Wasantha "
         "Perera.", "Wasantha Perera", "Sri Lanka"),
    ],
)
def test_a_nationality_or_state_before_a_set_off_post(
        extractor: Extractor, text: str, official: str, country: str) -> None:
    assert (official, country) in pairs(run(extractor, text), "servesIn")

"""Post shapes the title rules read besides "Governor X" and "X, governor of Y", on invented
sentences: a lower-case post after its place, level or field ("Lanxi governor X", "county
head X", "Commerce minister X"), "TITLE X of ORGAN", a post in parentheses, a plural post
after a list, the state posts of legislators and monarchs, and a post before the next name
that is not the previous person's; forms of address only state office carries ("H.E.", "Hon.",
"Comrade") and speaking on behalf of a state or party organ."""

from __future__ import annotations

import pytest
from extracting import classes, pairs, rules_only, run

from kg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a lower-case post after the place it is of
        ("Jiangsu governor Mo Kunlan met the guests in Nanjing.", ["Mo Kunlan"]),
        ("Hubei vice governor Tao Haiming and Wuhan party chief Gu Mingle met the visitors.",
         ["Tao Haiming", "Gu Mingle"]),
        # a lower-case post after a level word or a field, or a head word only the state has
        ("County head Qiu Wenbo welcomed the guests.", ["Qiu Wenbo"]),
        ("Commerce minister Bai Lintao met the guests.", ["Bai Lintao"]),
        ("Sources said Wang Haibo, provincial chairman Li Mingfei and others met in Jinan.",
         ["Li Mingfei"]),
        ("The talks were joined by Malaysian foreign minister Azlan Harun.", ["Azlan Harun"]),
        # a lower-case post after a state organ's noun
        ("The guests were met by Liu Wenbo, commerce department director Qin Lufei and "
         "others.", ["Qin Lufei"]),
        ("Party committee secretary Wu Binhai and customs bureau chief Ma Lihua met them.",
         ["Wu Binhai", "Ma Lihua"]),
        # the apposition's comma left out
        ("The delegation was received by Mr. Tao Lianfeng the Chairman of Xinjiang Uygur "
         "Autonomous Region.", ["Tao Lianfeng"]),
        ("Mr. Somphone Keomany the Deputy Director General of the Ministry of Commerce "
         "attended.", ["Somphone Keomany"]),
        # a government's special representative or envoy
        ("Special Representative Liu Yuxiang said that the province has made progress.",
         ["Liu Yuxiang"]),
        ("Liu Yuxiang, special envoy of the Chinese government, attended.", ["Liu Yuxiang"]),
        # the post before the name, the organ after it
        ("Director Lu Peiming of the Hubei Provincial Department of Commerce met the guests.",
         ["Lu Peiming"]),
        ("Chairman Tao Linfeng of the Standing Committee of the Hunan Provincial People's "
         "Congress visited Osaka.", ["Tao Linfeng"]),
        # an organ the mention rules read as a firm, known by how its name ends
        ("Chairman Taro Ishida of the Nagano Prefectural Assembly visited Guangzhou.",
         ["Taro Ishida"]),
        # a post in parentheses after the name
        ("Mo Kunlan (Governor of Jiangsu) delivered a speech.", ["Mo Kunlan"]),
        # a plural post after the list it is of
        ("The event was attended by Rao Xiaolin, Qin Mingyu and Cao Weiguo, leaders of the "
         "province.", ["Rao Xiaolin", "Qin Mingyu", "Cao Weiguo"]),
        # the list's plural post read as its first name's title
        ("Silva is accompanied by State Ministers Tharaka Gamage, Janaka Dissa and Nimal "
         "Herath, MP Yasmin Silva and others.", ["Nimal Herath"]),
        # legislators, monarchs and heads of government by their own titles
        ("Congressman Bill Rudd and Assemblywoman Jane Dorsey arrived in Xiamen.",
         ["Bill Rudd", "Jane Dorsey"]),
        ("Chancellor Olaf Brekke met King Harald Orvik and Emir Tamim Salem.",
         ["Olaf Brekke", "Harald Orvik", "Tamim Salem"]),
        ("Lieutenant Governor Sara Colby visited the park.", ["Sara Colby"]),
    ],
)
def test_officials(extractor: Extractor, text: str, names: list[str]) -> None:
    found = classes(extractor, text)
    assert {n: found.get(n) for n in names} == {n: "Official" for n in names}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a company's post before the name, the company after it
        ("Chairman Qian Bowen of Norland Group met the mayor.", "Qian Bowen"),
        # a lower-case post with no state word
        ("The award went to company president Rao Ling.", "Rao Ling"),
        ("The shop is run by manager Zeng Hui.", "Zeng Hui"),
        ("The award went to sales department director Rao Lingyu.", "Rao Lingyu"),
        ("The store is run by district manager Ren Jiahui.", "Ren Jiahui"),
        ("Chief Representative Tom Hale of Acme's Beijing office attended.", "Tom Hale"),
        ("Zhang met Li Hongyu the next day.", "Li Hongyu"),
        # the next person's post is not this one's
        ("Zhou Lan, Mayor Wu Jun and Director Ke Min attended.", "Zhou Lan"),
        # parentheses that hold no post
        ("Ke Min (left) shakes hands with the guests.", "Ke Min"),
    ],
)
def test_persons(extractor: Extractor, text: str, name: str) -> None:
    assert classes(rules_only(extractor), text).get(name) == "Person"


@pytest.mark.parametrize(
    ("text", "pred", "pair"),
    [
        ("Jiangsu governor Mo Kunlan met the guests in Nanjing.", "servesIn",
         ("Mo Kunlan", "Jiangsu")),
        ("Chairman Qian Bowen of Norland Group met the mayor.", "holdsPositionIn",
         ("Qian Bowen", "Norland Group")),
        ("Secretary-General Lin Huaying of the Provincial Government attended.",
         "holdsPositionIn", ("Lin Huaying", "Provincial Government")),
        ("Mo Kunlan (Governor of Jiangsu) delivered a speech.", "servesIn",
         ("Mo Kunlan", "Jiangsu")),
        # a post that names its place is not posted in the venue the meeting was held at
        ("Chief Executive Lam Ka-wai met Hebei Governor Wang Zhengpu at Government House "
         "today.", "servesIn", ("Wang Zhengpu", "Hebei")),
    ],
)
def test_post_relations(extractor: Extractor, text: str, pred: str,
                        pair: tuple[str, str]) -> None:
    assert pair in pairs(run(extractor, text), pred)


def test_a_named_place_governor_holds_no_post_in_the_venue(extractor: Extractor) -> None:
    text = ("Chief Executive Lam Ka-wai met Hebei Governor Wang Zhengpu at Government House "
            "today.")
    assert not {o for s, o in pairs(run(extractor, text), "holdsPositionIn")
                if s == "Wang Zhengpu"}


def test_next_persons_post_is_not_a_title(extractor: Extractor) -> None:
    ex = run(extractor, "Governor Li Hualin, Mayor Wu Jun and Director Ke Min attended.")
    titles = {m.text: m.titles for m in ex.mentions}
    assert titles["Li Hualin"] == ("Governor",)


@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [
        # forms of address only state office carries
        ("H.E. Tomas Rulfo attended the forum and praised the cooperation.", "Tomas Rulfo",
         "Official"),
        ("The Hon. Mary Bwalya and Hon. Peter Mwansa attended the forum.", "Peter Mwansa",
         "Official"),
        ("Comrade Yang Linfei attended the meeting.", "Yang Linfei", "Official"),
        # speaking for a state or party organ
        ("On behalf of the provincial government, Sun Lihua extended a warm welcome to the "
         "guests.", "Sun Lihua", "Official"),
        ("Sun Lihua, on behalf of the CPC Anhui Provincial Committee and the Anhui Provincial "
         "Government, welcomed the delegation.", "Sun Lihua", "Official"),
        ("Speaking on behalf of the Jiangsu Provincial Government, Lu Fangyi said the province "
         "welcomes them.", "Lu Fangyi", "Official"),
        # speaking for a company, a chamber or exhibitors
        ("On behalf of all exhibitors, Gao Yunfei thanked the organisers.", "Gao Yunfei",
         "Person"),
        ("Mr. He Linbo, on behalf of the Hubei Provincial Chamber of Commerce, thanked the "
         "hosts.", "He Linbo", "Person"),
        # a former holder addressed as H.E.
        ("H.E. Mme. Anna Krug, Former Speaker of the Federal Parliament of Austria, spoke.",
         "Anna Krug", "Person"),
    ],
)
def test_marks_of_office(extractor: Extractor, text: str, name: str, cls: str) -> None:
    assert classes(rules_only(extractor), text).get(name) == cls


@pytest.mark.parametrize(
    ("text", "official", "place"),
    [
        # the surname He inside a capitalised run, after a post over a place: no pronoun
        ("Vice Governor of Hebei Province He Mingde met with the guests.", "He Mingde",
         "Hebei Province"),
        ("Mayor of Baoding He Lan visited the plant on Monday.", "He Lan", "Baoding"),
    ],
)
def test_the_surname_he_after_a_post_over_a_place(
        extractor: Extractor, text: str, official: str, place: str) -> None:
    ex = run(extractor, text)
    assert {m.text: m.cls for m in ex.mentions}.get(official) == "Official"
    assert (official, place) in pairs(ex, "servesIn")

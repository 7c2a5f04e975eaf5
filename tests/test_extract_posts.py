"""Posts and who holds them: text in -> (person, class, relations) out, on invented sentences."""

from __future__ import annotations

import pytest
from extracting import pairs, run, triples

from kg.extract import Extractor
from kg.model import Extraction


def classes(ex: Extraction) -> dict[str, str]:
    return {m.text: m.cls for m in ex.mentions}



@pytest.mark.parametrize(
    ("text", "person", "cls", "expected"),
    [
        # a post abroad before the name: an Official, and no jurisdiction
        ("Chinese Ambassador to Germany Zhao Minghui attended the reception.",
         "Zhao Minghui", "Official", set()),
        ("Chinese Ambassador to the ROK Peng Xiaodong met the delegation.",
         "Peng Xiaodong", "Official", set()),
        # a political party's post is a party post
        ("The mayor met Kenji Watanabe, Secretary General of the Democratic Party of Japan.",
         "Kenji Watanabe", "Official", set()),
        ("Vice Mayor of Xuzhou Ren Haoming attended the forum.",
         "Ren Haoming", "Official", {("Ren Haoming", "servesIn", "Xuzhou")}),
        ("Mayor Ren Haoming of Xuzhou attended the forum.",
         "Ren Haoming", "Official", {("Ren Haoming", "servesIn", "Xuzhou")}),
        ("Xuzhou's mayor Ren Haoming attended the forum.",
         "Ren Haoming", "Official", {("Ren Haoming", "servesIn", "Xuzhou")}),
        # a foreign state's post, lower case after its possessive
        ("Bavaria's minister president Hans Gruber said cooperation will deepen.",
         "Hans Gruber", "Official", {("Hans Gruber", "servesIn", "Bavaria")}),
        ("Cooperation will deepen, said Bavaria's president Hans Gruber.",
         "Hans Gruber", "Official", {("Hans Gruber", "servesIn", "Bavaria")}),
        # a lowercase post after a level word
        ("Yunnan will open more ports, provincial governor Wen Jianhua said on Monday.",
         "Wen Jianhua", "Official", {("Wen Jianhua", "servesIn", "Yunnan")}),
        # "the provincial vice-governor": the document's province
        ("Shaanxi welcomes investors, said Gao Pengfei, the provincial vice-governor.",
         "Gao Pengfei", "Official", {("Gao Pengfei", "servesIn", "Shaanxi")}),
        # a post held, after a copula and an adverb
        ("Deng Yuhang is now the director of the Ningbo FTZ.",
         "Deng Yuhang", "Official",
         {("Deng Yuhang", "holdsPositionIn", "Ningbo FTZ"),
          ("Deng Yuhang", "servesIn", "Ningbo FTZ")}),
        # a post taken over; what follows "from" is not part of it
        ("Ma Qiuyun has taken over as director of the Qinzhou FTZ from his predecessor.",
         "Ma Qiuyun", "Official",
         {("Ma Qiuyun", "holdsPositionIn", "Qinzhou FTZ"),
          ("Ma Qiuyun", "servesIn", "Qinzhou FTZ")}),
        ("Li Mingyuan was appointed vice mayor of Wuxi in March.",
         "Li Mingyuan", "Official", {("Li Mingyuan", "servesIn", "Wuxi")}),
        # the company's own post, by possessive
        ("Among the speakers was Karen Holt, Boeing's vice-president.",
         "Karen Holt", "Person", {("Karen Holt", "holdsPositionIn", "Boeing")}),
        # a board title before the head word
        ("The market is promising, said Luo Jiaming, board chairman of the Hengtai Group.",
         "Luo Jiaming", "Person", {("Luo Jiaming", "holdsPositionIn", "Hengtai Group")}),
    ],
)
def test_posts(extractor: Extractor, text: str, person: str, cls: str,
               expected: set[tuple[str, str, str]]) -> None:
    ex = run(extractor, text)
    assert classes(ex).get(person) == cls
    found = {t for t in triples(ex) if t[0] == person}
    assert expected <= found
    if not expected:
        assert not {t for t in found if t[1] == "servesIn"}


def test_a_plural_post_after_a_list_is_everyones_and_head_takes_the_office(
        extractor: Extractor) -> None:
    ex = run(extractor, "Pan Jianguo will head the Qinzhou FTZ, with Wu Lihua, Tang Meiling "
                        "and Song Dawei as deputy directors.")
    cls = classes(ex)
    found = triples(ex)
    for name in ("Pan Jianguo", "Wu Lihua", "Tang Meiling", "Song Dawei"):
        assert cls[name] == "Official"
        assert (name, "holdsPositionIn", "Qinzhou FTZ") in found
        assert (name, "servesIn", "Qinzhou FTZ") in found


def test_a_singular_post_is_only_its_holders(extractor: Extractor) -> None:
    ex = run(extractor, "Wu Lihua and Song Dawei met the press; Tang Meiling, director of the "
                        "Qinzhou FTZ, spoke first.")
    held = {t[0] for t in triples(ex) if t[1] == "holdsPositionIn"}
    assert held == {"Tang Meiling"}


@pytest.mark.parametrize(
    ("text", "expected", "cls"),
    [
        ("Demand is rising, said Ruan Hongwei of the Guangxi Academy of Social Sciences.",
         ("Ruan Hongwei", "holdsPositionIn", "Guangxi Academy of Social Sciences"), "Person"),
        ("Exports are stable, said Qiao Shuming of the Ministry of Commerce.",
         ("Qiao Shuming", "holdsPositionIn", "Ministry of Commerce"), "Official"),
    ],
)
def test_a_name_of_a_body_works_there(extractor: Extractor, text: str,
                                      expected: tuple[str, str, str], cls: str) -> None:
    ex = run(extractor, text)
    assert expected in triples(ex)
    assert classes(ex)[expected[0]] == cls


def test_posts_in_peoples_organisations_are_state_posts(extractor: Extractor) -> None:
    ex = run(extractor, "The fair is a bridge, said Feng Xiaoling, vice-president of the China "
                        "Council for the Promotion of International Trade.")
    assert classes(ex)["Feng Xiaoling"] == "Official"


def test_a_post_before_the_next_name_in_a_list_ends_at_and(extractor: Extractor) -> None:
    ex = run(extractor, "On May 2, Gu Shaoming, Party chief of Hebei province and Pei Lin, "
                        "deputy secretary of the CPC Hebei Provincial Committee, met guests.")
    gu = next(m for m in ex.mentions if m.text == "Gu Shaoming")
    assert gu.titles == ("Party chief of Hebei province",)


def test_a_signed_speech_names_its_author_and_every_post(extractor: Extractor) -> None:
    text = ("Speech at the Quanzhou Trade Conference\n\n  By Mr. Lin Zhiyuan\n\n"
            "  Standing Committee Member of the CPC Fujian Provincial Committee, Party "
            "Secretary of the CPC Quanzhou Municipal Committee\n\n  May 3, 2019\n\n"
            "Distinguished guests, welcome to Quanzhou.")
    ex = run(extractor, text)
    assert classes(ex)["Lin Zhiyuan"] == "Official"
    found = triples(ex)
    assert {("Lin Zhiyuan", "holdsPositionIn", "CPC Fujian Provincial Committee"),
            ("Lin Zhiyuan", "holdsPositionIn", "CPC Quanzhou Municipal Committee"),
            ("Lin Zhiyuan", "servesIn", "Quanzhou")} <= found
    # Fujian is named only inside the organ's name: it is made a mention for the post
    assert ("Lin Zhiyuan", "servesIn", "Fujian") in found


def test_a_byline_without_a_post_is_a_credit(extractor: Extractor) -> None:
    ex = run(extractor, "Quanzhou opens a new port\n\nBy Lin Zhiyuan\n\nThe port opened.")
    assert "Lin Zhiyuan" not in classes(ex)


def test_a_nationality_before_a_post_is_part_of_it(extractor: Extractor) -> None:
    ex = run(extractor, "Pakistani Prime Minister Shehbaz Sharif attended the forum in Xi'an.")
    sharif = next(m for m in ex.mentions if m.text == "Shehbaz Sharif")
    assert sharif.cls == "Official" and sharif.titles == ("Pakistani Prime Minister",)


def test_posts_in_a_semicolon_list_stay_with_their_holders(extractor: Extractor) -> None:
    ex = run(extractor, "The mayor met Kitakyushu Mayor Kenji Kitahashi; Yuichi Murakami, "
                        "Speaker of the Kitakyushu City Council; and Tadashi Matsuhara, "
                        "President of the Tokyo Ota District Government.")
    found = triples(ex)
    assert ("Kenji Kitahashi", "servesIn", "Kitakyushu") in found
    assert ("Yuichi Murakami", "servesIn", "Kitakyushu") in found
    assert not {t for t in found if t[0] == "Kenji Kitahashi" and "Tokyo" in t[2]}


def test_a_post_in_a_companys_unit_is_held_in_the_company(extractor: Extractor) -> None:
    ex = run(extractor, "The delegation met Aoki Ren, Executive Director of Mizuho Tec Co., Ltd; "
                        "and Ota Kei, Director of the China Department of Sanwa Motor "
                        "Corporation.")
    found = triples(ex)
    assert ("Aoki Ren", "holdsPositionIn", "Mizuho Tec Co., Ltd") in found
    assert ("Ota Kei", "holdsPositionIn", "Sanwa Motor Corporation") in found
    assert classes(ex)["Sanwa Motor Corporation"] == "Enterprise"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zhao Lin and Qian Hong, leaders of Jinhua and Quzhou, met the guests.",
         {("Zhao Lin", "servesIn", "Jinhua"), ("Qian Hong", "servesIn", "Quzhou")}),
        ("Zhao Lin and Qian Hong, vice mayors of Jinhua, met the guests.",
         {("Zhao Lin", "servesIn", "Jinhua"), ("Qian Hong", "servesIn", "Jinhua")}),
    ],
)
def test_a_plural_post_pairs_places_respectively(extractor: Extractor, text: str,
                                                 expected: set[tuple[str, str, str]]) -> None:
    ex = run(extractor, text)
    serves = {t for t in triples(ex) if t[1] == "servesIn"}
    assert serves == expected


def test_credits_name_nobody(extractor: Extractor) -> None:
    ex = run(extractor, "Trade grew in Yiwu. (By He Lan—Yiwu Business, translated by Zhou Mei, "
                        "edited by Karen Fiddes)")
    assert not {m.text for m in ex.mentions if m.cls in ("Person", "Official")}


def test_heads_of_departments_named_by_their_field(extractor: Extractor) -> None:
    ex = run(extractor, "Anhui welcomes investors. The delegation included Director of "
                        "Agriculture Hu Jianping and Vice-Director of Commerce Liu Meiling.")
    cls = classes(ex)
    assert cls["Hu Jianping"] == "Official" and cls["Liu Meiling"] == "Official"
    found = triples(ex)
    assert {("Hu Jianping", "servesIn", "Anhui"), ("Liu Meiling", "servesIn", "Anhui")} <= found


def test_a_national_minister_is_no_provinces(extractor: Extractor) -> None:
    ex = run(extractor, "Anhui welcomes investors. Minister of Commerce Wang Wentao spoke.")
    assert ("Wang Wentao", "servesIn", "Anhui") not in triples(ex)


def test_companies_known_by_a_business_post_or_a_legal_form(extractor: Extractor) -> None:
    ex = run(extractor, "Chen met Lars Berg, chairman of Norrland Invest AB, and Peter Voss, "
                        "chairman of KLM and executives of several other multinationals.")
    found = triples(ex)
    assert ("Lars Berg", "holdsPositionIn", "Norrland Invest AB") in found
    assert ("Peter Voss", "holdsPositionIn", "KLM") in found
    voss = next(m for m in ex.mentions if m.text == "Peter Voss")
    assert voss.titles[0] == "chairman of KLM"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Yunnan Foreign Trade Promotion Bureau opened in 2019. Dao Lin, director of the "
         "bureau, said calls doubled.",
         {("Dao Lin", "holdsPositionIn", "Yunnan Foreign Trade Promotion Bureau"),
          ("Dao Lin", "servesIn", "Yunnan")}),
        ("The Ministry of Foreign Affairs held the event. Foreign Minister Qiao Bin spoke.",
         {("Qiao Bin", "holdsPositionIn", "Ministry of Foreign Affairs")}),
        ("Shanxi signed deals. Governor Pei Ning presided over the signing ceremony.",
         {("Pei Ning", "servesIn", "Shanxi")}),
    ],
)
def test_posts_that_name_their_body_by_reference(extractor: Extractor, text: str,
                                                 expected: set[tuple[str, str, str]]) -> None:
    assert expected <= triples(run(extractor, text))


def test_a_governor_beside_a_foreign_country_is_not_the_provinces(extractor: Extractor) -> None:
    ex = run(extractor, "Shanxi signed deals. Governor Pei Ning of Ohio met Chinese officials "
                        "in the United States.")
    assert ("Pei Ning", "servesIn", "Shanxi") not in triples(ex)


def test_its_chairman_and_the_company_are_the_company_named_last(
        extractor: Extractor) -> None:
    ex = run(extractor, "Huasheng Solar Technology Co., Ltd., a Xi'an-based solar maker, signed "
                        "deals. Its chairman Zhong Baolin said the company will set up a "
                        "factory in Tashkent.")
    found = triples(ex)
    assert ("Zhong Baolin", "holdsPositionIn", "Huasheng Solar Technology Co., Ltd.") in found
    assert ("Huasheng Solar Technology Co., Ltd.", "investsIn", "Tashkent") in found


def test_a_nationality_before_a_post_is_nobody(extractor: Extractor) -> None:
    ex = run(extractor, "Kazakh Prime Minister Olzhas Bektenov delivered a keynote speech.")
    assert "Kazakh" not in classes(ex)
    assert classes(ex)["Olzhas Bektenov"] == "Official"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hefei municipal leaders including Zhou Bin, Liu Yang and Wang Hao attended.",
         {("Zhou Bin", "Hefei"), ("Liu Yang", "Hefei"), ("Wang Hao", "Hefei")}),
        ("Anhui provincial officials Zhou Bin and Liu Yang attended the fair.",
         {("Zhou Bin", "Anhui"), ("Liu Yang", "Anhui")}),
    ],
)
def test_a_places_leaders_listed_serve_in_it(extractor: Extractor, text: str,
                                             expected: set[tuple[str, str]]) -> None:
    ex = run(extractor, text)
    assert {(s, o) for s, p, o in triples(ex) if p == "servesIn"} == expected
    assert all(classes(ex)[s] == "Official" for s, _ in expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Provincial officials Zhou Bin and Liu Yang attended the fair.",
         {("Zhou Bin", "Anhui"), ("Liu Yang", "Anhui")}),
        ("Provincial Party and government leaders including Zhou Bin attended.",
         {("Zhou Bin", "Anhui")}),
    ],
)
def test_provincial_leaders_listed_serve_in_the_reports_province(
        extractor: Extractor, sentence: str, expected: set[tuple[str, str]]) -> None:
    text = f"Anhui opens wider\n\n{sentence} Anhui Province signed deals. Anhui grew fast.\n"
    ex = run(extractor, text)
    assert {(s, o) for s, p, o in triples(ex) if p == "servesIn"} == expected
    assert all(classes(ex)[s] == "Official" for s, _ in expected)


@pytest.mark.parametrize(
    "text",
    [
        "Hefei leaders met Zhou Bin and Liu Yang.",  # the other side of a meeting
        # no province in focus: no place
        "Provincial officials Zhou Bin and Liu Yang attended the fair.",
        "Business leaders from Hefei, such as Zhou Bin, attended.",
    ],
)
def test_people_after_leaders_of_no_place_serve_nowhere(extractor: Extractor,
                                                       text: str) -> None:
    assert not {t for t in triples(run(extractor, text)) if t[1] == "servesIn"}


def test_a_state_post_beside_a_post_in_a_body_names_its_state(extractor: Extractor) -> None:
    ex = run(extractor, "Liu Yang, member of the Political Bureau and Vice Premier of China, "
                        "spoke at the forum.")
    assert ("Liu Yang", "servesIn", "China") in triples(ex)


def test_a_post_in_a_body_alone_serves_in_no_country(extractor: Extractor) -> None:
    ex = run(extractor, "Tom Brandt, Secretary General of the Liberal Party of Norway, spoke.")
    assert not {t for t in triples(ex) if t[1] == "servesIn"}


def test_gov_abbreviation_is_an_officials_title(extractor: Extractor) -> None:
    assert classes(run(extractor, "Gov. Ann Kovar met investors in Hefei."))["Ann Kovar"] == \
        "Official"


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        ("Guests including Ann Kovar, Sourcing Director at Norland Electric Co., Ltd., spoke.",
         "Ann Kovar", "Norland Electric Co., Ltd."),
        ("Ann Kovar, Marketing and Brand Manager of Norland Trading Group, made speeches.",
         "Ann Kovar", "Norland Trading Group"),
        ("Trade grew, said Zhou Bin, an official in charge of statistics at the Hefei Customs.",
         "Zhou Bin", "Hefei Customs"),
        ("Ann Kovar, Norland Electric vice president of engineering in Asia, spoke.",
         "Ann Kovar", "Norland Electric"),
        ("Norland Electric Co., Ltd.'s chairman Ann Kovar attended the ceremony.",
         "Ann Kovar", "Norland Electric Co., Ltd."),
        ("Liu Yang, who is also Secretary of the CPC Hefei Municipal Committee, spoke.",
         "Liu Yang", "CPC Hefei Municipal Committee"),
    ],
)
def test_posts_written_other_ways(extractor: Extractor, text: str, person: str,
                                  body: str) -> None:
    assert (person, "holdsPositionIn", body) in triples(run(extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        "Ann Kovar, a longtime friend of Norland Electric Co., Ltd., spoke.",
        "Ann Kovar, whose company Norland Electric Co., Ltd. grew, spoke.",
        "Zhou Bin, who visited Norland Electric Co., Ltd., spoke.",
        # a list of guests, not one post
        "Zhou Bin, Protocol Chief and other senior officials at the Norland Embassy met them.",
    ],
)
def test_no_post_without_a_title_word(extractor: Extractor, text: str) -> None:
    assert not {t for t in triples(run(extractor, text)) if t[1] == "holdsPositionIn"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("After the ride, the general manager of the Fjordline Transport Company, Mr. Ola Berg, "
         "gave a presentation.", ("Ola Berg", "holdsPositionIn", "Fjordline Transport Company")),
        ("On Monday the deputy mayor of Tangshan, Wu Gang, opened the fair.",
         ("Wu Gang", "servesIn", "Tangshan")),
    ],
)
def test_a_lowercase_post_after_the_then_the_name(extractor: Extractor, text: str,
                                                  expected: tuple[str, str, str]) -> None:
    assert expected in triples(run(extractor, text))


def test_a_post_after_the_without_a_comma_name_is_nobodys(extractor: Extractor) -> None:
    found = triples(run(extractor, "Ola Berg met the general manager of the Fjordline "
                                   "Transport Company on Monday."))
    assert ("Ola Berg", "holdsPositionIn", "Fjordline Transport Company") not in found


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        # a foreign region named in the post, beside a Chinese province in the sentence
        ("Zhejiang Party Secretary Lin Zhiyuan met with Tomas Vrba, Governor of the South "
         "Moravian Region.", ("Tomas Vrba", "servesIn", "South Moravian Region"),
         ("Tomas Vrba", "servesIn", "Zhejiang")),
        ("Hubei Governor Yang Li received Ana Ruiz, Governor of the Castile Region, and her "
         "delegation.", ("Ana Ruiz", "servesIn", "Castile Region"),
         ("Ana Ruiz", "servesIn", "Hubei")),
    ],
)
def test_a_governor_of_a_named_region_serves_there(
        extractor: Extractor, text: str, expected: tuple[str, str, str],
        wrong: tuple[str, str, str]) -> None:
    found = triples(run(extractor, text))
    assert expected in found and wrong not in found
    # the Chinese host keeps their own province
    assert any(t[1] == "servesIn" and t[2] in ("Zhejiang", "Hubei") for t in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the model takes the town for an organisation; after "Mayor of" it is the place
        ("Gu Wenbo met Peter Halvorsen, Mayor of Aarhus, in Nanjing on Tuesday.",
         ("Peter Halvorsen", "servesIn", "Aarhus")),
        # a foreign region named by its kind
        ("Sergei Morozkin, governor of Tyumen Oblast, was met by Xu Anping in Harbin.",
         ("Sergei Morozkin", "servesIn", "Tyumen Oblast")),
    ],
)
def test_a_head_of_a_foreign_place_serves_there(
        extractor: Extractor, text: str, expected: tuple[str, str, str]) -> None:
    found = triples(run(extractor, text))
    assert expected in found
    assert not {t for t in found if t[1] == "holdsPositionIn" and t[0] == expected[0]}


def test_a_company_after_a_mayor_is_no_place(extractor: Extractor) -> None:
    found = run(extractor, "The Mayor of Acme Holdings Group was absent.")
    assert {m.text: m.cls for m in found.mentions} == {"Acme Holdings Group": "Enterprise"}


@pytest.mark.parametrize(
    ("text", "person", "cls", "place"),
    [
        # a lowercase post after "the" and a modifier, then a comma and the name
        ("The visiting governor of Hokkaido, Kenji Mori, met with Xu Anping in Harbin.",
         "Kenji Mori", "Official", "Hokkaido"),
        ("The new mayor of Aarhus, Peter Halvorsen, toured Nanjing.",
         "Peter Halvorsen", "Official", "Aarhus"),
        # a former holder holds no post
        ("The former governor of Hokkaido, Kenji Mori, met with Xu Anping in Harbin.",
         "Kenji Mori", "Person", None),
    ],
)
def test_a_modified_post_before_the_name(extractor: Extractor, text: str, person: str,
                                         cls: str, place: str | None) -> None:
    ex = run(extractor, text)
    assert {m.text: m.cls for m in ex.mentions}[person] == cls
    serves = {o for s, p, o in triples(ex) if s == person and p == "servesIn"}
    assert serves == ({place} if place else set())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a post taken by a verb of office or given by "of <organ>": the organ's place too
        ("Zhang Weiguo, who heads the Hebei Provincial Department of Commerce, said trade "
         "grew.", {("Zhang Weiguo", "Hebei")}),
        ("Zhang Weiguo of the Hebei Provincial Department of Commerce said trade grew.",
         {("Zhang Weiguo", "Hebei")}),
        ("Zhang Weiguo of the Ministry of Commerce said trade grew.", set()),
    ],
)
def test_an_organ_held_otherwise_than_by_a_title_gives_its_place(
        extractor: Extractor, text: str, expected: set[tuple[str, str]]) -> None:
    assert pairs(run(extractor, text), "servesIn") == expected


def test_a_shared_post_names_its_organ_for_every_holder(extractor: Extractor) -> None:
    ex = run(extractor, "Zhang Weiguo and Li Mingde, deputy directors of the Hebei Provincial "
                        "Department of Commerce, attended the forum.")
    body = "Hebei Provincial Department of Commerce"
    assert pairs(ex, "holdsPositionIn") == {("Zhang Weiguo", body), ("Li Mingde", body)}
    assert pairs(ex, "servesIn") == {("Zhang Weiguo", "Hebei"), ("Li Mingde", "Hebei")}


def test_a_short_form_between_a_post_and_its_holder_is_skipped(extractor: Extractor) -> None:
    # "(PNCTI)" is no part of the chamber's name, the post is the next name's, not the one
    # before the comma
    ex = run(extractor, "The meeting was attended by Governor of Jiangxi Li Wei, President of "
                        "the Peru National Chamber of Trade and Industry (PNCTI) Carlos Mendoza, "
                        "and officials.")
    assert pairs(ex, "holdsPositionIn") == {
        ("Carlos Mendoza", "Peru National Chamber of Trade and Industry")}
    assert "Peru National Chamber of Trade and Industry (PNCTI)" not in classes(ex)

"""Meetings (kg/extract/people/meetings.py), on invented sentences with invented names."""

from __future__ import annotations

import pytest
from extracting import pairs, run

from kg.extract import Extractor


def met(extractor: Extractor, text: str) -> set[frozenset[str]]:
    """The metWith facts as unordered pairs (between two people either way is one fact)."""
    return {frozenset(p) for p in pairs(run(extractor, text), "metWith")}


def _pairs(*pairs_: tuple[str, str]) -> set[frozenset[str]]:
    return {frozenset(p) for p in pairs_}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Governor Li Ming met with Karl Olsen in Beijing on Monday.",
         _pairs(("Li Ming", "Karl Olsen"))),
        ("Mayor Zhou Hao met Anna Berg, chief executive of Nordic Steel Group, on Tuesday.",
         _pairs(("Zhou Hao", "Anna Berg"))),
        ("Li Ming held talks with Prime Minister Tom Baker in Beijing.",
         _pairs(("Li Ming", "Tom Baker"))),
        ("Vice Governor Chen Hua received Pedro Alves, the Brazilian Ambassador to China.",
         _pairs(("Chen Hua", "Pedro Alves"))),
        ("Secretary Wang Tao hosted Governor Mark Hill of Ohio on Friday.",
         _pairs(("Wang Tao", "Mark Hill"))),
        ("Liu Yang had a video call with Sofia Lind on Thursday.",
         _pairs(("Liu Yang", "Sofia Lind"))),
        ("Pedro Alves was received by Mayor Zhou Hao on Monday.",
         _pairs(("Zhou Hao", "Pedro Alves"))),
        ("Li Ming and Chen Hua met with Karl Olsen.",
         _pairs(("Li Ming", "Karl Olsen"), ("Chen Hua", "Karl Olsen"))),
        ("Zhou Hao met Karl Olsen, Anna Berg and Tom Baker.",
         _pairs(("Zhou Hao", "Karl Olsen"), ("Zhou Hao", "Anna Berg"),
                ("Zhou Hao", "Tom Baker"))),
        ("Li Ming met a delegation led by Karl Olsen, chairman of Nordic Steel Group.",
         _pairs(("Li Ming", "Karl Olsen"))),
        ("Li Ming met with a delegation from Nordic Steel Group on Monday.",
         _pairs(("Li Ming", "Nordic Steel Group"))),
        ("Governor Li Ming arrived in Paris and met with Anna Berg.",
         _pairs(("Li Ming", "Anna Berg"))),
        # a title before the second of two coordinated hosts
        ("Hou Mingyu and Governor Qin Wenli met the delegation of the Uzbek Chamber of "
         "Commerce and Industry.",
         _pairs(("Hou Mingyu", "Uzbek Chamber of Commerce and Industry"),
                ("Qin Wenli", "Uzbek Chamber of Commerce and Industry"))),
        ("Party Secretary Hou Mingyu and Governor Qin Wenli met with Karl Olsen.",
         _pairs(("Hou Mingyu", "Karl Olsen"), ("Qin Wenli", "Karl Olsen"))),
    ],
)
def test_meetings(extractor: Extractor, text: str, expected: set[frozenset[str]]) -> None:
    assert met(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # meeting a need, a target or a standard is no meeting
        "Nordic Steel Group met the needs of its customers in Ohio.",
        # receiving orders, hosting an event
        "Nordic Steel Group received orders from Anna Berg's company.",
        "Li Ming hosted the Ninth Harbour Trade Forum.",
        # attending the same meeting is not meeting each other
        "Li Ming and Karl Olsen attended the meeting in Paris.",
        "Party Secretary Hou Mingyu and Governor Qin Wenli attended the meeting in Paris.",
    ],
)
def test_no_meeting(extractor: Extractor, text: str) -> None:
    assert not met(extractor, text)


def test_accompanying_is_not_a_side(extractor: Extractor) -> None:
    found = met(extractor, "Accompanied by Vice Mayor Sun Jie, Li Ming met with Karl Olsen.")
    assert found == _pairs(("Li Ming", "Karl Olsen"))


def test_the_delegation_is_its_leader(extractor: Extractor) -> None:
    found = met(extractor, "Guo Ping led a trade delegation to Norway. In Oslo, the delegation "
                           "held talks with Karl Olsen, chairman of Nordic Steel Group.")
    assert found == _pairs(("Guo Ping", "Karl Olsen"))


def test_one_fact_per_pair(extractor: Extractor) -> None:
    ex = run(extractor, "Li Ming met Karl Olsen on Monday. Karl Olsen met Li Ming again on "
                        "Tuesday.")
    stated = {frozenset((ex.mentions[r.subj].text, ex.mentions[r.obj].text))
              for r in ex.relations if r.pred == "metWith"}
    assert stated == _pairs(("Li Ming", "Karl Olsen"))


def test_a_long_list_of_people_with_their_posts(extractor: Extractor) -> None:
    found = met(extractor, "Li Ming met Karl Olsen, chairman of Danish shipping and hold "
                           "company Norsk AB, Anna Berg, CEO of Nordic Steel Group, Tom Baker, "
                           "chairman of Baker Foods and executives of other firms, the Harbour "
                           "Daily reported on Sunday.")
    assert found == _pairs(("Li Ming", "Karl Olsen"), ("Li Ming", "Anna Berg"),
                           ("Li Ming", "Tom Baker"))


def test_a_list_separated_by_semicolons(extractor: Extractor) -> None:
    found = met(extractor, "Guo Ping met separately with Karl Olsen, Mayor of Bergen; Anna "
                           "Berg, Speaker of the Bergen City Council; and Tom Baker, President "
                           "of the Oslo Trade Union, and other politicians.")
    assert found == _pairs(("Guo Ping", "Karl Olsen"), ("Guo Ping", "Anna Berg"),
                           ("Guo Ping", "Tom Baker"))


def test_talks_with_an_unnamed_official_of_a_body(extractor: Extractor) -> None:
    found = met(extractor, "Chen Hua (left), director of the provincial trade office, talks "
                           "with a WTO official.")
    assert found == _pairs(("Chen Hua", "WTO"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Li Ming and Karl Olsen held talks in Beijing on Monday.",
         _pairs(("Li Ming", "Karl Olsen"))),
        ("Governor Li Ming and Prime Minister Tom Baker met in Oslo.",
         _pairs(("Li Ming", "Tom Baker"))),
        ("Mayor Zhou Hao hosted a banquet for Anna Berg and her delegation.",
         _pairs(("Zhou Hao", "Anna Berg"))),
        ("Chen Hua exchanged views with Karl Olsen on green shipping.",
         _pairs(("Chen Hua", "Karl Olsen"))),
        ("Ambassador Pedro Alves paid a courtesy call on Governor Li Ming.",
         _pairs(("Pedro Alves", "Li Ming"))),
        ("A meeting between Li Ming and Karl Olsen took place in Bergen.",
         _pairs(("Li Ming", "Karl Olsen"))),
        ("During his meeting with Karl Olsen, Li Ming said trade grew.",
         _pairs(("Li Ming", "Karl Olsen"))),
        ("A delegation from Nordic Steel Group met with Mayor Zhou Hao.",
         _pairs(("Zhou Hao", "Nordic Steel Group"))),
    ],
)
def test_more_ways_to_say_it(extractor: Extractor, text: str,
                             expected: set[frozenset[str]]) -> None:
    assert met(extractor, text) == expected


def test_a_place_of_meeting_is_not_a_side(extractor: Extractor) -> None:
    found = met(extractor, "Li Ming met with officials at the Ministry of Commerce of Norway.")
    assert found == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Consul General Paulo Cruz paid a courtesy visit to Governor Li Ming.",
         _pairs(("Paulo Cruz", "Li Ming"))),
        ("Consul General Paulo Cruz called on Governor Li Ming on Monday.",
         _pairs(("Paulo Cruz", "Li Ming"))),
        ("Governor Li Ming warmly welcomed Karl Olsen and his delegation.",
         _pairs(("Li Ming", "Karl Olsen"))),
        ("Li Ming visited Governor Mark Hill in Columbus.", _pairs(("Li Ming", "Mark Hill"))),
        ("Li Ming talked to Karl Olsen about trade.", _pairs(("Li Ming", "Karl Olsen"))),
        ("Karl Olsen, who met Li Ming on Monday, said trade grew.",
         _pairs(("Karl Olsen", "Li Ming"))),
        ("On Monday, Li Ming met with Consul General of Brazil in Shanghai Paulo Cruz.",
         _pairs(("Li Ming", "Paulo Cruz"))),
    ],
)
def test_visits_calls_and_welcomes_to_a_person(extractor: Extractor, text: str,
                                              expected: set[frozenset[str]]) -> None:
    assert met(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # visiting a place or a company, calling on firms, welcoming money: no meeting
        "Li Ming visited Ohio and Nordic Steel Group.",
        "Li Ming called on firms to invest in Ohio.",
        "Li Ming welcomed the investment from Nordic Steel Group.",
    ],
)
def test_no_meeting_without_a_person(extractor: Extractor, text: str) -> None:
    assert not met(extractor, text)


def test_the_governor_who_meets_is_the_governor_named_before(extractor: Extractor) -> None:
    found = met(extractor, "Liu Yang, Governor of Anhui Province, visited Hefei on Monday.\n"
                           "The governor met with Tom Brandt, CEO of Norland Electric Co., Ltd.")
    assert frozenset(("Liu Yang", "Tom Brandt")) in found


def test_the_party_chief_of_the_province_serves_in_it_and_welcomes(
        extractor: Extractor) -> None:
    ex = run(extractor, "Hefei is the capital of Anhui Province.\nZhou Bin, Party chief of the "
                        "province, welcomed Tom Brandt and his delegation.")
    assert ("Zhou Bin", "Anhui Province") in pairs(ex, "servesIn")
    assert {frozenset(p) for p in pairs(ex, "metWith")} == {frozenset(("Zhou Bin", "Tom Brandt"))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the other side named in the sentence before, as a pronoun
        ("Tove Lund, chairwoman of Fjord Foods, arrived in Jinan on Monday. Governor Xu Lan "
         "met with her at the provincial guesthouse.", _pairs(("Xu Lan", "Tove Lund"))),
        ("Tove Lund, chairwoman of Fjord Foods, arrived in Jinan on Monday. She was received "
         "by Xu Lan, governor of Shandong province.", _pairs(("Xu Lan", "Tove Lund"))),
        # "at the meeting" is the visit or meeting the sentence before told of
        ("Tove Lund, chairwoman of Fjord Foods, led a delegation to Jinan. At the meeting, "
         "Xu Lan, governor of Shandong province, introduced the province.",
         _pairs(("Xu Lan", "Tove Lund"))),
        ("Tove Lund visited Jinan on Monday. During the talks, Governor Xu Lan said Shandong "
         "welcomes Nordic firms.", _pairs(("Xu Lan", "Tove Lund"))),
        # a delegation "headed by" its leader, a call on, working sessions
        ("Headed by Vice Governor Xu Lan, the delegation met with Tove Lund, mayor of "
         "Tromso.", _pairs(("Xu Lan", "Tove Lund"))),
        ("Governor Xu Lan called on Vice Premier Sun Renjie at the Great Hall on Tuesday.",
         _pairs(("Xu Lan", "Sun Renjie"))),
        ("Xu Lan held working sessions with Tove Lund and Erik Moe.",
         _pairs(("Xu Lan", "Tove Lund"), ("Xu Lan", "Erik Moe"))),
    ],
)
def test_the_other_side_carried_over(extractor: Extractor, text: str,
                                     expected: set[frozenset[str]]) -> None:
    assert met(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the speaker is named in the sentence before: on the same side as the others there
        "Xu Lan and Tove Lund met the guests on Monday. At the meeting, Xu Lan said trade grew.",
        # the sentence before tells of no visit or meeting
        "Xu Lan attended the forum with Tove Lund. At the meeting, Bo Renjie said trade grew.",
        # two people before: whom "him" means is unclear
        "Erik Moe and Tove Lund arrived in Jinan. Governor Xu Lan met with him.",
    ],
)
def test_no_carried_over_meeting(extractor: Extractor, text: str) -> None:
    assert not met(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Xu Lan met with executives of Fjord Foods, including Tove Lund and Erik Moe.",
         _pairs(("Xu Lan", "Tove Lund"), ("Xu Lan", "Erik Moe"))),
        ("Governor Xu Lan hosted a dinner in honour of Tove Lund.",
         _pairs(("Xu Lan", "Tove Lund"))),
        ("Xu Lan spoke with Tove Lund by phone on Friday.", _pairs(("Xu Lan", "Tove Lund"))),
        ("Xu Lan held a phone conversation with Tove Lund.", _pairs(("Xu Lan", "Tove Lund"))),
        ("Tove Lund and Xu Lan exchanged views on shipping.", _pairs(("Tove Lund", "Xu Lan"))),
        ("Xu Lan welcomed and worked with the delegation of Fjord Foods, led by Tove Lund.",
         _pairs(("Xu Lan", "Tove Lund"))),
        # a headline: the ambassador is the one the article names
        ("title: Governor Xu Lan meets Danish ambassador\n\nDanish Ambassador Tove Lund "
         "visited Jinan on Monday.", _pairs(("Xu Lan", "Tove Lund"))),
    ],
)
def test_lists_honours_calls_and_headlines(extractor: Extractor, text: str,
                                           expected: set[frozenset[str]]) -> None:
    assert met(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Xu Lan spoke with reporters after the forum.",
        "Tove Lund and Xu Lan exchanged gifts at the ceremony.",
        # two ambassadors in the article: which one was met is unclear
        "title: Governor Xu Lan meets ambassador\n\nDanish Ambassador Tove Lund and Swedish "
        "Ambassador Erik Moe visited Jinan.",
    ],
)
def test_no_meeting_said_otherwise(extractor: Extractor, text: str) -> None:
    assert not met(extractor, text)


def test_an_exchange_of_views_with_someone(extractor: Extractor) -> None:
    assert met(extractor, "Chen Hua had an exchange of views with Karl Olsen on trade.") == _pairs(
        ("Chen Hua", "Karl Olsen"))
    assert not met(extractor, "Xu Lan and Tove Lund attended the exchange of gifts.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # kg/extract/people/talks.py: the two people of the subject, "during their meeting"
        ("Li Ming and visiting Norwegian Minister Karl Olsen discussed cooperation during "
         "their meeting on Monday.", _pairs(("Li Ming", "Karl Olsen"))),
        ("During their talks, Li Ming and Karl Olsen agreed to deepen cooperation.",
         _pairs(("Li Ming", "Karl Olsen"))),
        ("Li Ming and Karl Olsen, Governor of Vestland, signed a sister-province agreement "
         "after a meeting in Bergen.", _pairs(("Li Ming", "Karl Olsen"))),
        ("Li Ming sat down with Karl Olsen and Anna Berg on Monday.",
         _pairs(("Li Ming", "Karl Olsen"), ("Li Ming", "Anna Berg"))),
        ("Li Ming received a visit from Karl Olsen, Ambassador of Norway.",
         _pairs(("Li Ming", "Karl Olsen"))),
        # the one who is accompanied meets, not the one accompanying
        ("Li Ming was accompanied by Chen Hua when he met Karl Olsen.",
         _pairs(("Li Ming", "Karl Olsen"))),
    ],
)
def test_meetings_told_around_the_two_people(extractor: Extractor, text: str,
                                             expected: set[frozenset[str]]) -> None:
    assert met(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # three in the subject: who met whom is not said
        "Li Ming, Karl Olsen and Anna Berg discussed trade during their meeting.",
        # attending together is no meeting
        "Li Ming and Karl Olsen attended the forum during their visit.",
        "Li Ming sat down with reporters on Monday.",
        # the meeting of a body they sat in is no meeting between them
        "Li Ming and Karl Olsen left after the meeting of the council.",
        # one bare word after "visited" is as likely a company as a person
        "Li Ming, Vice Governor of Hebei Province, and her delegation visited Taier for "
        "investigation and research.",
    ],
)
def test_no_meeting_told(extractor: Extractor, text: str) -> None:
    assert met(extractor, text) == set()


@pytest.mark.parametrize(
    "leader",
    ["Karl Olsen, the leader of the delegation, said the visit was fruitful.",
     "The head of the delegation, Karl Olsen, said the visit was fruitful."],
)
def test_the_delegation_is_the_one_named_its_leader(extractor: Extractor, leader: str) -> None:
    text = ("A delegation of business leaders from Vestland visited Tangshan. Li Ming, Mayor "
            "of Tangshan, met with the delegation. " + leader)
    assert met(extractor, text) == _pairs(("Li Ming", "Karl Olsen"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Karl Olsen, who was received by Li Ming on Monday, said the company will invest more.",
         _pairs(("Li Ming", "Karl Olsen"))),
        # "the guests": the one visitor the document names
        ("Karl Olsen, President of Nordic Steel Group, visited Hefei on Monday. Li Ming, "
         "Governor of Anhui Province, met with the guests.", _pairs(("Li Ming", "Karl Olsen"))),
        ("Karl Olsen, President of Nordic Steel Group, visited Hefei on Monday. Li Ming met "
         "with him and his delegation.", _pairs(("Li Ming", "Karl Olsen"))),
        # two visitors: who "the guests" are is not said
        ("Karl Olsen visited Hefei on Monday. Anna Berg visited Wuhu on Tuesday. Li Ming met "
         "with the guests.", set()),
        # no visitor at all
        ("Li Ming, Governor of Anhui Province, met with the guests on Monday.", set()),
    ],
)
def test_the_other_side_said_again(extractor: Extractor, text: str,
                                   expected: set[frozenset[str]]) -> None:
    assert met(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two coordinated guests met and exchanged views with a third: not with each other
        ("On 6 April, H.E. Mr. Karl Olsen, Norwegian Ambassador to China, and H.E. Mme. Anna "
         "Berg, Secretary-General of the Nordic Centre, met and exchanged views with Mme. Li "
         "Ming, Deputy Director of the Yunlan Provincial Foreign Affairs Office.",
         _pairs(("Karl Olsen", "Li Ming"), ("Anna Berg", "Li Ming"))),
        # "they" right after the delegation's leader is named: the leader
        ("Karl Olsen led a trade delegation to Yunnan on May 11. During their stay, they held "
         "talks with heads of the Kunming Municipal Bureau of Commerce.",
         _pairs(("Karl Olsen", "Kunming Municipal Bureau of Commerce"))),
    ],
)
def test_coordinated_guests_and_a_delegation_told_as_they(
        extractor: Extractor, text: str, expected: set[frozenset[str]]) -> None:
    assert met(extractor, text) == expected


def test_they_far_from_the_leader_is_nobody(extractor: Extractor) -> None:
    text = ("Karl Olsen led a trade delegation to Yunnan on May 11. The weather was fine. "
            "Exports grew. Later, they held talks with heads of the Kunming Municipal Bureau "
            "of Commerce.")
    assert not met(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the meeting verb left without its object: the verb joined right on shares it
        ("On Monday afternoon Governor Zhou Hao met with and feted Pedro Alves, the Brazilian "
         "Consul General in Shanghai, and his delegation.", _pairs(("Zhou Hao", "Pedro Alves"))),
        ("Vice Governor Chen Hua met and thanked Anna Berg, chief executive of Nordic Steel "
         "Group.", _pairs(("Chen Hua", "Anna Berg"))),
        # "held a banquet for B": the banquet's guest hangs on the verb
        ("Mayor Zhou Hao held a banquet for Karl Olsen and his delegation on Friday.",
         _pairs(("Zhou Hao", "Karl Olsen"))),
        ("Mayor Zhou Hao held a reception for the tenth anniversary of Nordic Steel Group.",
         set()),
        # a verb joined later, after the meeting's own object, does not share its object
        ("Mayor Zhou Hao met with the press and later thanked Karl Olsen for his support.",
         set()),
    ],
)
def test_a_meeting_whose_other_side_hangs_on_another_verb(
        extractor: Extractor, text: str, expected: set[frozenset[str]]) -> None:
    assert met(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Tang Wei met with Karl Baumann, the governor of Saxony, Germany, with Deputy "
        "Mayor Feng Jun and Secretary-General Qiu Lan attending the meeting.",
        "Mayor Tang Wei met with Karl Baumann, with Deputy Mayor Feng Jun attending.",
        "Governor Tang Wei met with Karl Baumann, with Vice Governor Feng Jun present.",
    ],
)
def test_those_present_at_a_meeting_are_not_met(extractor: Extractor, text: str) -> None:
    # "with B attending (the meeting)" says who was there, not who met whom
    assert met(extractor, text) == _pairs(("Tang Wei", "Karl Baumann"))


def test_those_present_listed_after_a_body_are_not_met(extractor: Extractor) -> None:
    text = ("Yesterday Mayor Tang Wei met with Karl Baumann, the governor of Saxony, Germany, "
            "also head of the Saxony delegation, with the standing committee of the municipal "
            "committee, Deputy Mayor Feng Jun and Secretary-General Qiu Lan attending the meeting.")
    assert met(extractor, text) == _pairs(("Tang Wei", "Karl Baumann"))


def test_present_with_after_the_other_sides_apposition(extractor: Extractor) -> None:
    """ "met B, the governor of X, with C and D attending the meeting": the parser hangs the
    "with" phrase on B; C and D are present, not met."""
    ex = run(extractor, "Mayor Zhou Ming of Yantai met with Erik Lund, the governor of Telemark, "
                        "with Deputy Mayor Sun Bo and municipal government Secretary-General Li "
                        "Tao attending the meeting.")
    met = pairs(ex, "metWith")
    assert ("Zhou Ming", "Erik Lund") in met
    assert not {("Zhou Ming", "Sun Bo"), ("Zhou Ming", "Li Tao")} & met


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the guests of a meeting listed in the next sentence
        ("On 7 July, Governor Zhao Lei of Hubei Province met with guests attending the Wuhan "
         "Trade Fair. Mr. Carlos Mendes, Vice Minister of Commerce of Brazil, Ms. Anna Kowalski, "
         "Managing Director of UNIDO, and Mr. Peter Lund attended the meeting.",
         _pairs(("Zhao Lei", "Carlos Mendes"), ("Zhao Lei", "Anna Kowalski"),
                ("Zhao Lei", "Peter Lund"))),
        ("Governor Zhao Lei met with guests attending the Fair. Ms. Yang Li, Secretary-General "
         "of ASEAN-China Centre, and Mr. Peter Lund, Secretary-General of the Nordic Council, "
         "attended the meeting.", _pairs(("Zhao Lei", "Yang Li"), ("Zhao Lei", "Peter Lund"))),
        # ... leaving out the host's own officials who attended
        ("Liu Qiang, Governor of Hunan, met with the envoys of 12 African countries. Kenyan "
         "Ambassador to China James Otieno, Nigerian Ambassador to China Bello Musa, and Wang "
         "Ping, Vice Governor of Hunan, attended the meeting.",
         _pairs(("Liu Qiang", "James Otieno"), ("Liu Qiang", "Bello Musa"))),
        # "including" one of them, the rest listed in the next sentence
        ("Liu Qiang, Governor of Hunan, met with the envoys of 12 African countries in China "
         "including Kenyan Ambassador to China James Otieno.\nGhana's Ambassador to China Kofi "
         "Mensah, Nigerian Ambassador to China Bello Musa, and Wang Ping, Vice Governor of "
         "Hunan, attended the meeting.",
         _pairs(("Liu Qiang", "James Otieno"), ("Liu Qiang", "Kofi Mensah"),
                ("Liu Qiang", "Bello Musa"))),
        # "a meeting between A and B", though A is also the subject
        ("In a meeting between Tom Baker, the Mayor of Leeds, and Liu Wei, the Governor of "
         "Hainan Province, Baker noted that the two cities have much in common.",
         _pairs(("Liu Wei", "Tom Baker"))),
        # welcomes
        ("Ma Jun, governor of Guangdong province, extended a warm welcome to the delegation "
         "led by Martin Brudermann.", _pairs(("Ma Jun", "Martin Brudermann"))),
        ("Mayor Li Hua warmly welcomed the arrival of Wu Yueying and his delegation.",
         _pairs(("Li Hua", "Wu Yueying"))),
        # the post's holder named after the body
        ("Secretary Wang Min met with the president of Hanxing Group Co., Ltd. Mr. Fang Tieji "
         "and his entourage.", _pairs(("Wang Min", "Fang Tieji"))),
        # "the delegation" is the one who went with it
        ("Mr. Chen Bo, Deputy Director-general of the Foreign Affairs Office of Jiangxi, visited "
         "Surabaya with a delegation of 5 persons. Later that day, the delegation met with Mr. "
         "Lin Hua, First Vice President of the Indonesia Chamber of Commerce.",
         _pairs(("Chen Bo", "Lin Hua"))),
    ],
)
def test_meetings_told_across_a_list_or_a_welcome(extractor: Extractor, text: str,
                                                  expected: set[frozenset[str]]) -> None:
    assert met(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the host's own officials listed as attending are on the host's side
        "Mayor Chen Hao met with foreign entrepreneurs on Monday. Vice Mayor Li Jun and "
        "Secretary-General Zhou Min of the Municipal Government attended the meeting.",
        # one companion is no list of guests
        "Mayor Chen Hao met with foreign guests on Monday. Karl Olsen attended the meeting.",
    ],
)
def test_no_guests_listed(extractor: Extractor, text: str) -> None:
    assert met(extractor, text) == set()


def test_they_are_the_group_the_sentence_before_named(extractor: Extractor) -> None:
    text = ("Consul General Sardar Ahmed along with Counsellor Imran Khalid paid a two-day visit "
            "to Hainan on Sunday. They met with leaders from the Foreign Affairs Office, the "
            "Provincial Bureau of International Economic Development and the Council for "
            "Promotion of International Trade of the province.")
    found = met(extractor, text)
    for person in ("Sardar Ahmed", "Imran Khalid"):
        for body in ("Foreign Affairs Office",
                     "Provincial Bureau of International Economic Development",
                     "Council for Promotion of International Trade"):
            assert frozenset((person, body)) in found


def test_a_body_opening_a_new_clause_is_not_met(extractor: Extractor) -> None:
    text = ("Governor Li Ming met with the Foreign Affairs Office of Hubei, and the Hubei "
            "Bureau of Commerce hosted a dinner.")
    assert met(extractor, text) == _pairs(("Li Ming", "Foreign Affairs Office of Hubei"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "they" are still the leader's delegation when the sentence between names no one
        ("Deputy Commissioner Karl Brandt led a consular delegation to Hunan province. "
         "Consuls-general of 12 countries, such as Chile and Peru, joined the delegation. They "
         "met with Chinese officials including Vice Governor Zhou Minghui and Mayor Fang Jun on "
         "Monday.",
         _pairs(("Karl Brandt", "Zhou Minghui"), ("Karl Brandt", "Fang Jun"))),
        # "A and B held discussions": the two of the subject
        ("Mayor Zhou Minghui visited the plant. Mayor Zhou Minghui and Karl Brandt, vice "
         "chairman of the company, held discussions.", _pairs(("Zhou Minghui", "Karl Brandt"))),
        ("On May 3, Zhou Minghui and Karl Brandt held in-depth discussions in Lanzhou.",
         _pairs(("Zhou Minghui", "Karl Brandt"))),
        # "to conduct exchanges with the general manager of the group, B"
        ("On May 3, Mayor Zhou Minghui visited the Eastern Steel Group to conduct in-depth "
         "exchanges with the general manager of the group, Karl Brandt, on aviation.",
         _pairs(("Zhou Minghui", "Karl Brandt"))),
    ],
)
def test_meetings_told_by_discussions_and_exchanges(extractor: Extractor, text: str,
                                                    expected: set[frozenset[str]]) -> None:
    assert met(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a person named between the leader and "they": whose "they" is unclear
        "Deputy Commissioner Karl Brandt led a consular delegation to Hunan province. Anna "
        "Berg, the consul of Chile, joined the delegation. They met with Vice Governor Zhou "
        "Minghui.",
        # attending a discussion is no meeting between those attending
        "Zhou Minghui and Karl Brandt attended the discussion on trade.",
        "Mayor Zhou Minghui conducted exchanges with Hunan University on aviation.",
    ],
)
def test_no_meeting_in_discussions(extractor: Extractor, text: str) -> None:
    assert not any("Zhou Minghui" in p for p in met(extractor, text))

"""Meetings chaired together, delegations with two leaders, a post word for a person named
by the surname too, "in their meeting" on the subject (kg/extract/people/cochairs.py, leaders.py,
meetings.py, talks.py), on invented sentences with invented names."""

from __future__ import annotations

import pytest
from extracting import pairs, run

from kg.extract import Extractor

HEAD = '---\ntitle: "News"\ndate: 2024-05-20\n---\n\n'


def met(extractor: Extractor, text: str) -> set[frozenset[str]]:
    return {frozenset(p) for p in pairs(run(extractor, HEAD + text), "metWith")}


def _pairs(*pairs_: tuple[str, str]) -> set[frozenset[str]]:
    return {frozenset(p) for p in pairs_}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The meeting was jointly chaired by the Chief Secretary, Mr Leung Wai Man; the "
         "Vice-Governor of Fujian Province, Mr Chen Dongsheng and Mr Ho Kin Fai.",
         _pairs(("Leung Wai Man", "Chen Dongsheng"), ("Leung Wai Man", "Ho Kin Fai"),
                ("Chen Dongsheng", "Ho Kin Fai"))),
        ("The joint conference was co-chaired by Vice Governor Lin Haoran of Guangdong "
         "Province and Secretary for Economy Mr Ho Kin Fai on May 10.",
         _pairs(("Lin Haoran", "Ho Kin Fai"))),
        ("Governor Li Wenhao and Premier Tomas Rivera co-chaired the fifth session of the "
         "joint committee on May 12.",
         _pairs(("Li Wenhao", "Tomas Rivera"))),
        ("In Tianjin, Minister Lars Vik will co-chair the annual trade council today with the "
         "city's mayor Zhang Guoqiang.",
         _pairs(("Lars Vik", "Zhang Guoqiang"))),
    ],
)
def test_chairs_of_one_meeting_met(extractor: Extractor, text: str,
                                   expected: set[frozenset[str]]) -> None:
    assert met(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The forum was chaired by Governor Li Wenhao, and Premier Tomas Rivera spoke.",
        "Governor Li Wenhao chaired the meeting with the help of his staff.",
    ],
)
def test_one_chair_is_no_meeting(extractor: Extractor, text: str) -> None:
    assert met(extractor, text) == set()


def test_a_delegation_with_two_leaders_stands_for_both(extractor: Extractor) -> None:
    text = ("Gansu Delegation headed by Feng Yuchen, Party Chief of CPC Gansu Provincial "
            "Committee, and Governor Tang Minghao, visited Qinghai from May 10 to 11.\n\n"
            "During the symposium, Li Wenhao welcomed Gansu Delegation to Qinghai.\n")
    assert met(extractor, text) == _pairs(("Li Wenhao", "Feng Yuchen"),
                                          ("Li Wenhao", "Tang Minghao"))


def test_two_delegations_each_with_its_leader_stand_for_nobody(extractor: Extractor) -> None:
    text = ("A delegation led by Feng Yuchen visited Qinghai on May 10.\n\n"
            "Another delegation led by Tang Minghao visited Gansu on May 12.\n\n"
            "Governor Li Wenhao met the delegation on May 13.\n")
    assert met(extractor, text) == set()


def test_the_head_of_delegation_named_with_as(extractor: Extractor) -> None:
    text = ("Consul General of Peru in Shanghai, Dr. Rosa Quispe, was invited by the "
            "provincial council as Head of Delegation for a three-day business trip.\n\n"
            "During the tour, the delegation was warmly received by Mr. Lin Haoran, "
            "Vice-Chairman of the provincial council, and Ms. Xu Meilan, Deputy Mayor of "
            "Fenghua District.\n")
    assert met(extractor, text) == _pairs(("Lin Haoran", "Rosa Quispe"),
                                          ("Xu Meilan", "Rosa Quispe"))


def test_a_bare_post_word_is_the_one_holder_named_in_full_and_by_surname(
        extractor: Extractor) -> None:
    text = ("Ambassador Karim Qureshi visited Urumqi on 25-30 June 2024. Ambassador Qureshi "
            "praised the city. In Urumqi, Ambassador had a bilateral meeting with Mr. Erkin "
            "Tuniyaz, Chairman of Xinjiang.\n")
    assert met(extractor, text) == _pairs(("Karim Qureshi", "Erkin Tuniyaz"))


def test_in_their_meeting_hung_on_the_subject(extractor: Extractor) -> None:
    text = "Li Wenhao and Anders Berg in their meeting held in Xining on May 6 discussed trade."
    assert met(extractor, text) == _pairs(("Li Wenhao", "Anders Berg"))


def test_a_plural_post_word_is_the_holders_named_before(extractor: Extractor) -> None:
    text = ("Premier Anna Holt of Manitoba and Premier Brian Kerr of Yukon led a trade mission "
            "to China in May.\n\nPremiers met with Vice Premier Zhou Kang on May 14.\n")
    assert met(extractor, text) == _pairs(("Anna Holt", "Zhou Kang"), ("Brian Kerr", "Zhou Kang"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On May 6, Governor Li Wenhao had an exchange with Paulo Ferreira, CEO of Ferreira "
         "Logistics.", _pairs(("Li Wenhao", "Paulo Ferreira"))),
        ("On May 8, Governor Li Wenhao had a cordial conversation with Maria Holm, the Swedish "
         "consul general.", _pairs(("Li Wenhao", "Maria Holm"))),
        ("On May 15, Minister Isabel Moreno had an audience with Governor Li Wenhao.",
         _pairs(("Isabel Moreno", "Li Wenhao"))),
        # with no person on the other side, no meeting
        ("Governor Li Wenhao had an exchange with local students on May 6.", set()),
        ("The exchange with Ferreira Logistics grew last year, Governor Li Wenhao said.", set()),
    ],
)
def test_had_a_conversation_exchange_or_audience_with_someone(
        extractor: Extractor, text: str, expected: set[frozenset[str]]) -> None:
    assert met(extractor, text) == expected

"""Where a name starts and ends, and generic committees (kg/extract/names.py, mentions.py), on
invented sentences: a question word, a year, a "-born" modifier or a date is no part of a
name; a title after an organisation's name starts a person; an event's organising committee
is an Organization, and a bare one no entity."""

from __future__ import annotations

import pytest
from extracting import classes, run

from kg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [
        ('"What Acme Holding Group has done shows that Hubei companies are real builders," he '
         "said.", "Acme Holding Group", "Enterprise"),
        ("The plan was announced by the State Council on Aug 26.", "State Council",
         "GovernmentBody"),
        ("As part of the 2012 Council of the Governors trade mission to China, Premier Tom Fox "
         "brought a delegation.", "Council of the Governors", "GovernmentBody"),
        ("The event saw British-born Hubei Football Club player Jack Sealy join the coaches.",
         "Hubei Football Club", "Organization"),
        ("The Organizing Committee of the 2019 Cloud Expo said the expo will be held in "
         "Guiyang.", "Organizing Committee of the 2019 Cloud Expo", "Organization"),
        ("On 1 May, Asia-Africa Centre (AAC) Secretary-General Lin Hua attended the forum.",
         "Lin Hua", "Official"),
        ("Speeches were given by the first Undersecretary of the Ruritanian Ministry of Trade "
         "Kim Sang-Ho and others.", "Ruritanian Ministry of Trade", "GovernmentBody"),
        ("New Energy Battery Materials Development Conference opened in Bonn on Monday.",
         "New Energy Battery Materials Development Conference", "Event"),
    ],
)
def test_name_bounds(extractor: Extractor, text: str, name: str, cls: str) -> None:
    assert classes(extractor, text).get(name) == cls


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Party chief Li Ming and Governor Wang Hai will guide the Organizing Committee and "
         "Executive Committee for the event.", "Organizing Committee"),
        ("Party chief Li Ming and Governor Wang Hai will guide the Organizing Committee and "
         "Executive Committee for the event.", "Executive Committee"),
        ("On 1 May, Asia-Africa Centre (AAC) Secretary-General Lin Hua attended the forum.",
         "Asia-Africa Centre (AAC"),
    ],
)
def test_no_such_name(extractor: Extractor, text: str, absent: str) -> None:
    assert absent not in classes(extractor, text)


def test_a_person_named_after_a_known_body_is_the_body(extractor: Extractor) -> None:
    """The model's PERSON "CCPIT Zhejiang" (a known body, then its branch's province) is an
    organisation: no one's name starts with a known body's."""
    from spacy.tokens import Span

    from kg.extract.entities.ner import ner_names

    doc = extractor.nlp("The consul was invited by CCPIT Zhejiang as Head of Delegation.")
    start = next(t.i for t in doc if t.text == "CCPIT")
    doc.ents = [Span(doc, start, start + 2, label="PERSON")]
    found = {(c.text, c.cls) for c in ner_names(doc, extractor.gazetteer)}
    assert found == {("CCPIT Zhejiang", "Organization")}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Well-known enterprises, such as Holding, Acme Jingmei and Beijing Tiancheng Heavy "
         "Industry, have settled in the zone.", "Holding"),
        ("The Hubei Chamber of Commerce held a fair. The Chamber said 300 firms came.",
         "Chamber"),
    ],
)
def test_a_bare_company_or_organisation_noun_is_no_name(extractor: Extractor, text: str,
                                                        absent: str) -> None:
    assert absent not in classes(extractor, text)


@pytest.mark.parametrize("after", ["The Osaka-based company", "Its chairman", "In 2021, it"])
def test_a_legal_form_ends_the_sentence_it_ends(extractor: Extractor, after: str) -> None:
    found = classes(extractor, f"Lan had a video call with the president of Takeda Seiki Co., "
                               f"Ltd. {after} opened a plant in Qinzhou.")
    assert found.get("Takeda Seiki Co., Ltd.") == "Enterprise"
    assert not any(name.startswith("Takeda Seiki Co., Ltd. ") for name in found)


def test_a_last_name_or_a_firms_first_word_alone_is_the_named_one(extractor: Extractor) -> None:
    # "Eriksson" and "Nordvik" alone stand for the one person and the one company of the
    # text that have them, whatever the model reads them as
    found = run(extractor, "Zhao Min met Lars Eriksson, CEO of Nordvik Energy AB, in Chengdu. "
                           "Zhao welcomed Eriksson and said Sichuan had given Nordvik land and "
                           "power.").mentions
    lone = {m.text: (m.cls, m.refers_to) for m in found if m.text in ("Eriksson", "Nordvik")}
    assert lone == {"Eriksson": ("Person", "Lars Eriksson"),
                    "Nordvik": ("Enterprise", "Nordvik Energy AB")}


def test_a_word_the_text_also_writes_in_lower_case_points_nowhere(extractor: Extractor) -> None:
    found = run(extractor, "Bright Harbour Logistics opened a depot in Ningbo. Bright ideas "
                           "and bright people, the manager said.").mentions
    assert not any(m.text == "Bright" for m in found)


@pytest.mark.parametrize(
    ("text", "lone", "expected"),
    [
        # a short last name after a name of three words, an official's too
        ("President of Chile Ana Maria Paz on Monday visited Jinhua. Paz, who was on a state "
         "visit to China, spoke at a school.", "Paz", "Ana Maria Paz"),
        ("Kofi Ama Eto met Zhao Min in Chengdu. Eto said trade grew.", "Eto", "Kofi Ama Eto"),
        # a short last word of a two-word name (a Chinese given name) stands for no one
        ("Mayor Zhang Dan visited Jinhua. Dan said trade grew.", "Dan", "Zhang Dan"),
    ],
)
def test_a_short_last_name_after_three_words_is_the_named_one(
        extractor: Extractor, text: str, lone: str, expected: str) -> None:
    found = [m for m in run(extractor, text).mentions if m.text == lone]
    points = [m.refers_to for m in found] == [expected]
    assert points == (len(expected.split()) >= 3)


@pytest.mark.parametrize(
    ("text", "name", "not_name"),
    [
        # the parser's PERSON leaves out the first of four names; it joins
        ("Joel Santana Braga Filho, director general of the Goias trade department, visited "
         "Hebei.", "Joel Santana Braga Filho", "Santana Braga Filho"),
        # after a capitalised word that is no post, where the name starts is unclear: as read
        ("He discussed joint projects with chapter Primorsky Territory Andrey Tarasenko, "
         "transfers DV.", "Andrey Tarasenko", "Territory Andrey Tarasenko"),
    ],
)
def test_a_first_name_the_parser_left_out(
    extractor: Extractor, text: str, name: str, not_name: str
) -> None:
    found = {m.text for m in run(extractor, text).mentions}
    assert name in found and not_name not in found

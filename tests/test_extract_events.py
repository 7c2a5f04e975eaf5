"""Taking part in the passage's event when a sentence names it by a common noun or not at all
(kg/extract/gatherings/events.py), on invented sentences."""

from __future__ import annotations

import pytest
from extracting import classes, pairs, rules_only, run

from kg.extract import Extractor
from kg.model import Extraction


def taking_part(ex: Extraction) -> set[tuple[str, str]]:
    return pairs(ex, "participatesIn")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an attendance list after "including", with posts between the names
        ("The 5th Lanzhou Trade Fair opened on Monday. Many officials attended the opening "
         "ceremony, including Zhang Wei, Secretary of Gansu Provincial Party Committee; and "
         "Li Ming, Governor of Gansu Province.",
         {("Zhang Wei", "5th Lanzhou Trade Fair"), ("Li Ming", "5th Lanzhou Trade Fair")}),
        # speeches: every speaker of the list
        ("The 5th Lanzhou Trade Fair opened on Monday. Zhang Wei, Li Ming and Wang Tao "
         "delivered speeches.",
         {("Zhang Wei", "5th Lanzhou Trade Fair"), ("Li Ming", "5th Lanzhou Trade Fair"),
          ("Wang Tao", "5th Lanzhou Trade Fair")}),
        # the places representatives come from
        ("The 3rd Harbin Expo was held in Harbin. Representatives from Serbia, Kenya and Peru "
         "attended the event.",
         {("Serbia", "3rd Harbin Expo"), ("Kenya", "3rd Harbin Expo"),
          ("Peru", "3rd Harbin Expo")}),
    ],
)
def test_the_passages_event(extractor: Extractor, text: str,
                            expected: set[tuple[str, str]]) -> None:
    assert expected <= taking_part(run(extractor, text))


def test_the_holder_at_the_end_of_the_title_who_hangs_on(extractor: Extractor) -> None:
    """ "Secretary of the X Committee Hu Ming, who attended the event": Hu Ming attended."""
    text = ("The annual Tarvan Winter Trade Fair of Tropical Products was held in Haikou.\n\n"
            "Secretary of the Hainan Party Committee Hu Ming, who attended the event, urged to "
            "use it as a platform.")
    assert ("Hu Ming", "Tarvan Winter Trade Fair of Tropical Products") in taking_part(
        run(rules_only(extractor), text))


def test_said_at_the_event_is_taking_part(extractor: Extractor) -> None:
    ex = run(extractor, "The 3rd Harbin Expo was held in Harbin. Zhou Hua, vice mayor of "
                        "Harbin, said at the expo that trade grew.")
    assert ("Zhou Hua", "expo") in taking_part(ex)
    expo = next(m for m in ex.mentions if m.text == "expo")
    assert expo.refers_to == "3rd Harbin Expo"


@pytest.mark.parametrize(
    "text",
    [
        # a symposium is not the fair named before it
        "The 9th Xining Trade Fair opened on Monday. Gao Lin presided over the symposium.",
        # speaking highly of something is no speech
        "The 9th Xining Trade Fair opened on Monday. Gao Lin spoke highly of the port.",
        # no event in the document: nobody takes part in anything
        "Gao Lin delivered a speech on Monday.",
    ],
)
def test_no_event_to_take_part_in(extractor: Extractor, text: str) -> None:
    assert not {p for p in taking_part(run(extractor, text)) if p[0] == "Gao Lin"}


@pytest.mark.parametrize(
    "text",
    [
        "Officials said that Anhui has benefited from national strategies such as the Belt and "
        "Road Initiative.",
        "Anhui's location endows the province with two strategies, namely, the Belt and Road "
        "Initiative and the Western Development Strategy.",
    ],
)
def test_a_place_that_benefits_from_a_programme_takes_part_in_it(
        extractor: Extractor, text: str) -> None:
    assert ("Anhui", "Belt and Road Initiative") in taking_part(run(extractor, text))


def test_a_programme_named_beside_a_place_is_not_joined(extractor: Extractor) -> None:
    ex = run(extractor, "Anhui officials discussed the Belt and Road Initiative on Monday.")
    assert ("Anhui", "Belt and Road Initiative") not in taking_part(ex)


def test_attended_by_and_hosted_by(extractor: Extractor) -> None:
    ex = run(extractor, "The 5th Silk Road Expo was attended by Zhang Wei, Governor of the "
                        "Shaanxi Provincial Government. The 3rd Harbin Forum, hosted by the "
                        "Harbin Municipal Government, opened on Monday.")
    found = taking_part(ex)
    assert ("Zhang Wei", "5th Silk Road Expo") in found
    assert ("Harbin Municipal Government", "3rd Harbin Forum") in found
    # the government in Zhang Wei's post did not attend
    assert ("Shaanxi Provincial Government", "5th Silk Road Expo") not in found


def test_a_delegation_that_came_to_attend_is_its_places(extractor: Extractor) -> None:
    ex = run(extractor, "On July 3, Ma Lin met a delegation from Mashonaland West, Zimbabwe, "
                        "which came to attend the 9th Xining Trade Fair.")
    assert ("Mashonaland West", "9th Xining Trade Fair") in taking_part(ex)


def test_said_during_an_event_hung_on_the_speaker(extractor: Extractor) -> None:
    ex = run(extractor, "Gansu is welcoming global enterprises, said Gao Lin, the provincial "
                        "vice-governor, at the Chinese Pavilion during the 2015 Milan Expo.")
    assert ("Gao Lin", "2015 Milan Expo") in taking_part(ex)


def test_the_companies_participants_come_from_take_part(extractor: Extractor) -> None:
    ex = run(extractor, "Executives have registered to participate in the 5th Harbin Expo. They "
                        "mainly come from BASF, Siemens, Pfizer and other renowned companies, "
                        "and from Japan and Germany.")
    found = taking_part(ex)
    assert {("BASF", "5th Harbin Expo"), ("Siemens", "5th Harbin Expo"),
            ("Pfizer", "5th Harbin Expo")} <= found
    assert not {p for p in found if p[0] in ("Japan", "Germany")}


def test_coming_from_somewhere_without_an_event_is_nothing(extractor: Extractor) -> None:
    # The rule needs taking part in its own sentence. (The learned model, which reads the
    # passage's event across sentences, may still say so: it is tested in test_learn.py.)
    rules = Extractor(extractor.nlp, extractor.gazetteer, relation_model=None)
    ex = run(rules, "The 5th Harbin Expo opened. Most investors come from Siemens and other "
                    "companies, analysts said.")
    assert not {p for p in taking_part(ex) if p[0] == "Siemens"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a quoted name before an event noun is an event; the noun is part of its name
        # unless it is the bare word "event" (kg/extract/entities/written.py)
        ("Speaking at the “Open Corps” event, organised by the city, he praised the ties.",
         "Open Corps"),
        ('The "Xplore China-Hunan" exchange conference was held in Changsha.',
         "Xplore China-Hunan exchange conference"),
        ('The "Silk Road Spring" cultural festival opened in Xi\'an.',
         "Silk Road Spring cultural festival"),
    ],
)
def test_a_quoted_name_before_an_event_noun_is_an_event(extractor: Extractor, text: str,
                                                        name: str) -> None:
    assert classes(extractor, text).get(name) == "Event"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the event “X”: a quoted name after the word "event" is one, whatever it ends in
        ('The event "2024 Andean Envoys Entering the Tarsa Cooperation Pilot Zone" was held '
         "in Changsha.", "2024 Andean Envoys Entering the Tarsa Cooperation Pilot Zone"),
        # a place in brackets inside an event's name
        ("The China (Lanzhou)-Peru Investment and Trade Fair was held on Monday.",
         "China (Lanzhou)-Peru Investment and Trade Fair"),
        # "Dialogue with" inside an event's name
        ("The Global CEO Dialogue with Lanzhou Roundtable was held on May 2 in Wuhan.",
         "Global CEO Dialogue with Lanzhou Roundtable"),
        # a fair's named signing ceremony is the fair's (the ceremony is no Event)
        ("The 12th Lorvan International Trade Fair Investment Cooperation Signing Ceremony was "
         "held in Harbin.", "12th Lorvan International Trade Fair"),
        ("On the 16th, the 12th Lorvan International Economic and Trade Fair Economic and Trade "
         "Investment Cooperation Signing Ceremony was held in Harbin.",
         "12th Lorvan International Economic and Trade Fair"),
        # an en dash between the partners, as a hyphen
        ("The six-day 9th China–Andes Expo has commenced in Kunming.", "9th China–Andes Expo"),
        ("The 3rd Tarsa–Central Asia Cooperation Forum opened on Monday.",
         "3rd Tarsa–Central Asia Cooperation Forum"),
        # a spaced dash after a place and its part in brackets joins the two sides
        ("The China (Yunnan) – Peru Economic and Trade Cooperation Matchmaking Conference was "
         "held in Lima on Monday.",
         "China (Yunnan) – Peru Economic and Trade Cooperation Matchmaking Conference"),
        ("Officials attended the China (Zhuhai, Hengqin) - Chile (Santiago) Trade Exchange "
         "Seminar in Santiago.", "China (Zhuhai, Hengqin) - Chile (Santiago) Trade Exchange "
         "Seminar"),
        # what is signed is no event: the ceremony keeps its name
        ("Li Ming attended the Signing Ceremony of the Lorvan-Tarsa Investment Agreement.",
         "Signing Ceremony of the Lorvan-Tarsa Investment Agreement"),
    ],
)
def test_event_names_written_whole(extractor: Extractor, text: str, name: str) -> None:
    assert classes(extractor, text).get(name) == "Event"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the meeting" / "the conference" stand for an event of another kind named before
        ("The 3rd Harbin Trade Fair was held on Monday. Anna Berg and Karl Olsen attended the "
         "meeting.",
         {("Anna Berg", "3rd Harbin Trade Fair"), ("Karl Olsen", "3rd Harbin Trade Fair")}),
        # "the meeting" a few sentences on
        ("The 3rd Harbin Trade Fair was held on Monday. Anna Berg attended the fair. Trade "
         "grew by 5%. The meeting was hosted by the Kenya Chamber of Commerce.",
         {("Kenya Chamber of Commerce", "3rd Harbin Trade Fair")}),
        # sending a delegation to the event
        ("The 5th Lantai Expo kicked off in Kunming on Monday. Kenya has sent a 50-member "
         "delegation to the event.", {("Kenya", "5th Lantai Expo")}),
        # the companies of "representatives of giants, including A, B and C"
        ("The Lanzhou Business Roundtable was held on May 2 in Wuhan. Representatives of "
         "multinational giants, including Nordvik, Tarsis Group and Brightwell, introduced "
         "their business at the conference.",
         {("Nordvik", "Lanzhou Business Roundtable"),
          ("Tarsis Group", "Lanzhou Business Roundtable"),
          ("Brightwell", "Lanzhou Business Roundtable")}),
    ],
)
def test_the_meeting_and_representatives_of(extractor: Extractor, text: str,
                                            expected: set[tuple[str, str]]) -> None:
    assert expected <= taking_part(run(extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        "Governor Li Ming met with the guests attending the 3rd Harbin Trade Fair. Anna Berg "
        "attended the meeting.",
        "The 3rd Harbin Trade Fair opened on Monday. Governor Li Ming held talks with Karl "
        "Olsen on Tuesday. Anna Berg attended the meeting.",
    ],
)
def test_the_meeting_after_a_meeting_is_that_meeting(extractor: Extractor, text: str) -> None:
    """ "B met the fair's guests. A attended the meeting": A is at B's meeting."""
    assert not {p for p in taking_part(run(extractor, text)) if p[0] == "Anna Berg"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an opening ceremony is always of its event
        ("Li Ming attended the Opening Ceremony of the 3rd Lorvan Machinery Expo.",
         "3rd Lorvan Machinery Expo"),
        # a dateline's agency in brackets is no side of a pair
        ("LIMA (Xinhua) - The Lorvan Machinery Expo opened on Monday.", "Lorvan Machinery Expo"),
    ],
)
def test_event_names_not_run_on(extractor: Extractor, text: str, name: str) -> None:
    found = classes(extractor, text)
    assert found.get(name) == "Event"
    assert [n for n, c in found.items() if c == "Event" and n != name and name in n] == []


def test_a_place_in_brackets_after_a_guest_is_no_guest(extractor: Extractor) -> None:
    ex = run(extractor, "The 3rd Lorvan Machinery Expo was attended by Governors Bola Adeyemi "
                        "(Kano State), Musa Danjuma, (Oyo State) and Ade Okoro (Niger State).")
    found = taking_part(ex)
    assert ("Bola Adeyemi", "3rd Lorvan Machinery Expo") in found
    assert not {p for p, _ in found} & {"Kano State", "Oyo State", "Niger State", "Niger"}


@pytest.mark.parametrize(
    ("text", "people", "bodies"),
    [
        # a list of titled people, each name after its title, as the subject
        ("The Lorvan Trade Exchange Seminar was held in Lima on Monday. Secretary of the CPC "
         "Yuzhou Municipal Committee Li Ming, Consul General of China in Lima Zhang Wei, "
         "Director of the Lima Investment Promotion Agency Ana Lopez, and Director of the "
         "Commerce Bureau of the Cooperation Zone Wang Hao, as well as IPIM Director Sam Ko, "
         "attended the seminar.",
         {"Li Ming", "Zhang Wei", "Ana Lopez", "Wang Hao", "Sam Ko"},
         {"CPC Yuzhou Municipal Committee", "Lima Investment Promotion Agency"}),
        ("Director of the Lima Investment Promotion Agency Ana Lopez and Mayor of Yuzhou Li "
         "Ming attended the 3rd Lorvan Machinery Expo on Monday.",
         {"Ana Lopez", "Li Ming"}, {"Lima Investment Promotion Agency"}),
    ],
)
def test_titled_people_listed_as_the_subject_attend(
        extractor: Extractor, text: str, people: set[str], bodies: set[str]) -> None:
    found = {p for p, _ in taking_part(run(extractor, text))}
    assert people <= found
    assert not bodies & found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the examples a participant noun gives
        ("The 6th Lorvan Machinery Expo opened in Yuzhou on Monday. Exhibitors such as Kelvan "
         "Group and Tarsis Motors showed their newest machines.",
         {("Kelvan Group", "6th Lorvan Machinery Expo"),
          ("Tarsis Motors", "6th Lorvan Machinery Expo")}),
        ("The 6th Lorvan Machinery Expo opened in Yuzhou on Monday. Guests like Li Ming and "
         "Zhang Wei toured the halls.",
         {("Li Ming", "6th Lorvan Machinery Expo"), ("Zhang Wei", "6th Lorvan Machinery Expo")}),
        # what the event draws, said by a participle after its own verb
        ("The 6th Lorvan Cooperation Forum opened in Yuzhou on Monday, drawing delegates from "
         "Peru, Chile and Kenya.",
         {("Peru", "6th Lorvan Cooperation Forum"), ("Chile", "6th Lorvan Cooperation Forum"),
          ("Kenya", "6th Lorvan Cooperation Forum")}),
    ],
)
def test_examples_and_draws_take_part(extractor: Extractor, text: str,
                                      expected: set[tuple[str, str]]) -> None:
    assert expected <= taking_part(run(rules_only(extractor), text))


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The 6th Lorvan Machinery Expo opened in Yuzhou on Monday. The city seeks partners "
         "such as Kelvan Group.", "Kelvan Group"),
        # the places that only place the examples' posts
        ("The 6th Lorvan Machinery Expo opened in Yuzhou on Monday. Foreign guests such as "
         "Governor of Mashona East,Zimbabwe, and Governor of Kandor Province,Afghanistan "
         "wished the expo success.", "Zimbabwe"),
    ],
)
def test_examples_that_are_no_exhibitors(extractor: Extractor, text: str, absent: str) -> None:
    ex = run(rules_only(extractor), text)
    assert absent not in {p for p, _ in taking_part(ex)}

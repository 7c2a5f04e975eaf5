"""Taking part told around the event (kg/extract/gatherings/presence.py: "was present at", "an
exhibitor at", "in his speech"; kg/extract/gatherings/participants.py: "were invited to
participate.", "took part.", "At this conference, A signed ...";
kg/extract/gatherings/organisers.py: "Chaired by A, the forum ..."), on invented sentences with
invented names."""

from __future__ import annotations

import pytest
from extracting import rules_only, run

from kg.extract import Extractor

_FAIR = "3rd Linhai Trade Fair"


def _taking_part(extractor: Extractor, text: str) -> set[tuple[str, str]]:
    """(subject, event) pairs of participatesIn, "the fair" read as the event it stands for."""
    ex = run(extractor, text)
    out = set()
    for r in ex.relations:
        if r.pred == "participatesIn":
            obj = ex.mentions[r.obj]
            out.add((ex.mentions[r.subj].text, obj.refers_to or obj.text))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # present at a named event
        ("Governor Zhao Lin was present at the 3rd Linhai Trade Fair on Monday.",
         {("Zhao Lin", _FAIR)}),
        # present at "the opening ceremony", the people of the "including" list
        ("The 3rd Linhai Trade Fair opened on Monday. Some 20 leaders were present at the "
         "opening ceremony, including Governor Zhao Lin and Mayor Wang Tao.",
         {("Zhao Lin", _FAIR), ("Wang Tao", _FAIR)}),
        # an exhibitor at, in apposition
        ("Kovar Motors, an exhibitor at the 3rd Linhai Trade Fair, showed its new cars.",
         {("Kovar Motors", _FAIR)}),
        # one of the organizers of "the fair"
        ("The 3rd Linhai Trade Fair opened on Monday. The Beiyuan Chamber of Commerce is one "
         "of the organizers of the fair.",
         {("Beiyuan Chamber of Commerce", _FAIR)}),
        # host city of
        ("Linhai, host city of the 3rd Linhai Trade Fair, welcomed 300 firms.",
         {("Linhai", _FAIR)}),
        # said in his welcome speech: the passage's event
        ("The 3rd Linhai Trade Fair opened in Linhai on Monday. Zhao Lin, the Governor of "
         "Zhenan province, said in his welcome speech that the fair is a bridge.",
         {("Zhao Lin", _FAIR)}),
        # an opening "In her keynote address"
        ("The 3rd Linhai Trade Fair opened on Monday. In her keynote address, Mayor Wang Tao "
         "called for closer ties.",
         {("Wang Tao", _FAIR)}),
        # heads of bodies invited to participate: the bodies, in the passage's event
        ("The 3rd Linhai Trade Fair was held in Linhai on July 14. The heads of the Kovar Trade "
         "Council, the Belmora Promotion Institute and other institutions were invited to "
         "participate.",
         {("Kovar Trade Council", _FAIR), ("Belmora Promotion Institute", _FAIR)}),
        # "took part." with nothing after it: where the companies are from
        ("The 3rd Linhai Trade Fair opened on Monday. More than 300 companies from Laos, "
         "Nepal and Peru took part.",
         {("Laos", _FAIR), ("Nepal", _FAIR), ("Peru", _FAIR)}),
        # a sentence opening at "this conference"
        ("The 3rd Linhai Trade Fair was held in Linhai. At this fair, Zhenan signed 92 "
         "projects.",
         {("Zhenan", _FAIR)}),
        # ... and at "the opening ceremony"
        ("The 3rd Linhai Trade Fair was held in Linhai. At the opening ceremony, Beiyuan Group "
         "signed a deal with Kovar Motors.",
         {("Beiyuan Group", _FAIR), ("Kovar Motors", _FAIR)}),
        # a fronted "Chaired by"
        ("The 3rd Linhai Trade Fair opened on Monday. Chaired by Mayor Wang Tao, the fair was "
         "divided into two parts.",
         {("Wang Tao", _FAIR)}),
        # "Attending the fair were ...", inverted
        ("The 3rd Linhai Trade Fair was held in Linhai on Monday. Attending the fair were "
         "Governor Zhao Lin, Mayor Wang Tao and 500 delegates.",
         {("Zhao Lin", _FAIR), ("Wang Tao", _FAIR)}),
        # "The event was attended by", "The opening ceremony was presided over by"
        ("The 3rd Linhai Trade Fair opened on Monday. The event was attended by Governor Zhao "
         "Lin. The opening ceremony was presided over by Mayor Wang Tao.",
         {("Zhao Lin", _FAIR), ("Wang Tao", _FAIR)}),
        # unveiling an event
        ("Zhenan Governor Zhao Lin and Laotian Deputy Prime Minister Somsak Vong jointly "
         "unveiled the 3rd Linhai Trade Fair on Monday.",
         {("Zhao Lin", _FAIR), ("Somsak Vong", _FAIR)}),
        # "are among the exhibitors" of the passage's event
        ("The 3rd Linhai Trade Fair, which opened on Monday, has attracted 2,000 exhibitors "
         "from 50 countries. Kovar Motors and Beiyuan Group are among the exhibitors.",
         {("Kovar Motors", _FAIR), ("Beiyuan Group", _FAIR)}),
        # a person at "the fair" in an opening setting
        ("The 3rd Linhai Trade Fair was held in Linhai. At the signing ceremony, Governor Zhao "
         "Lin invited investors to Zhenan.",
         {("Zhao Lin", _FAIR)}),
        # a keynote speech at the opening ceremony of a named event
        ("Zhenan Governor Zhao Lin delivered a keynote speech at the opening ceremony of the "
         "3rd Linhai Trade Fair on Monday.",
         {("Zhao Lin", _FAIR)}),
        # "with A as the host"; a guest country of honour
        ("The 3rd Linhai Trade Fair was held in Linhai on Monday, with the Zhenan Provincial "
         "Government as the host. Laos is the guest country of honor of the fair.",
         {("Zhenan Provincial Government", _FAIR), ("Laos", _FAIR)}),
        # leading a delegation to an event: the leader and where the delegation is from
        ("Zhao Lin led a Zhenan delegation to attend the 3rd Linhai Trade Fair in Linhai.",
         {("Zhao Lin", _FAIR), ("Zhenan", _FAIR)}),
        ("Zhao Lin led a delegation to the 3rd Linhai Trade Fair.", {("Zhao Lin", _FAIR)}),
        # the head of a delegation that attends
        ("The Zhenan delegation, headed by Governor Zhao Lin, attended the 3rd Linhai Trade "
         "Fair.",
         {("Zhao Lin", _FAIR), ("Zhenan", _FAIR)}),
        # a place's role in a programme: attribute, apposition, a fronted "As a key node of"
        ("Yunnan is an important hub of the Belt and Road Initiative.",
         {("Yunnan", "Belt and Road Initiative")}),
        ("Laos, a member of the Regional Comprehensive Economic Partnership, is a major "
         "partner.",
         {("Laos", "Regional Comprehensive Economic Partnership")}),
        ("As a key node of the Belt and Road Initiative, Linhai has expanded trade with Laos.",
         {("Linhai", "Belt and Road Initiative")}),
        # the role hangs on "its strength as ...", the second of two roles
        ("Yunnan will give full play to its strength as the core area and important node of "
         "the Belt and Road Initiative.",
         {("Yunnan", "Belt and Road Initiative")}),
        # a co-host or co-chair "with" a partner: the partner too
        ("In Linhai, Mr Wong will co-chair the annual Linhai-Laos Trade Forum today with the "
         "city's mayor Zhang Guo.",
         {("Zhang Guo", "Linhai-Laos Trade Forum")}),
        ("The Zhenan Provincial Government will jointly host the 3rd Linhai Trade Fair with the "
         "Ministry of Commerce.",
         {("Ministry of Commerce", _FAIR), ("Zhenan Provincial Government", _FAIR)}),
        # "its integration into", "deeply involved in"
        ("Yunnan is speeding up its integration into the Belt and Road Initiative.",
         {("Yunnan", "Belt and Road Initiative")}),
        ("Yunnan has been deeply involved in the Belt and Road Initiative.",
         {("Yunnan", "Belt and Road Initiative")}),
    ],
)
def test_taking_part_told_around_the_event(extractor: Extractor, text: str,
                                           expected: set[tuple[str, str]]) -> None:
    assert expected <= _taking_part(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # present, but at no event
        "Governor Zhao Lin was present at the Linhai Museum on Monday.",
        # a role at something that is no event
        "Kovar Motors, an exhibitor of fine cars, opened a plant in Linhai.",
        # a speech that names another event: not said to be at it
        "The 3rd Linhai Trade Fair opened on Monday. In his speech, Zhao Lin said the 5th "
        "Beiyuan Expo will open in May.",
        # the places of "officials of Peru" serve there, they do not attend
        "The 3rd Linhai Trade Fair opened on Monday. Officials of Peru attended.",
        # a partner, not said to be at the event
        "The 3rd Linhai Trade Fair opened on Monday with Kovar Motors as a partner of Zhenan.",
        # leading a delegation to a place, not an event
        "The 3rd Linhai Trade Fair opened on Monday. Zhao Lin led a delegation to Laos.",
        # those involved in a programme: not the place named before
        "The fair in Linhai drew 4,000 guests, including those involved in the Belt and Road "
        "Initiative.",
        # a member of a body, not of a programme
        "Zhao Lin is a member of the Zhenan Provincial Committee.",
        # "took part" in something else than the event
        "The 3rd Linhai Trade Fair opened on Monday. Zhao Lin took part in the talks.",
    ],
)
def test_what_is_not_taking_part(extractor: Extractor, text: str) -> None:
    found = _taking_part(rules_only(extractor), text)
    assert not {p for p in found if p[0] in ("Zhao Lin", "Kovar Motors", "Peru", "Linhai")}


def test_countries_along_a_programme_do_not_make_a_signer_join_it(
        extractor: Extractor) -> None:
    rules_only = Extractor(extractor.nlp, extractor.gazetteer, relation_model=None)
    text = ("Moreover, 25 major companies from Xinjiang have signed 29 agreements with "
            "companies from 13 countries along the Belt and Road Initiative.")
    assert not _taking_part(rules_only, text)


@pytest.mark.parametrize(
    "name",
    ["2023 Linhai-Laos Economic and Trade Talks", "Linhai-Laos Business Roundtable",
     "3rd Linhai International Trade Workshop", "2024 Linhai Trade Gala",
     "2024 Linhai Business Carnival"],
)
def test_more_kinds_of_event_names(extractor: Extractor, name: str) -> None:
    text = f"Governor Zhao Lin attended the {name} on Monday."
    assert ("Zhao Lin", name) in _taking_part(extractor, text)


def test_a_host_with_support_from_is_alone(extractor: Extractor) -> None:
    rules_only = Extractor(extractor.nlp, extractor.gazetteer, relation_model=None)
    text = "Kovar Motors hosted the 2024 Linhai Auto Forum with support from Beiyuan Group."
    assert ("Beiyuan Group", "2024 Linhai Auto Forum") not in _taking_part(rules_only, text)
